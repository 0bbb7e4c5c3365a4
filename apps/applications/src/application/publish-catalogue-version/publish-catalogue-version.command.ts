import type { RateChange } from '../../domain/catalogue-version.js';

export interface PublishCatalogueVersionCommand {
  fromProjectYear: number;
  note: string;
  changes: RateChange[];
  /** The ABB user publishing it (the token's subject). */
  publishedBy: string;
}
