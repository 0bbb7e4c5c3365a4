import { Injectable } from '@nestjs/common';
import type { IndicatorRate } from '#catalogue';
import { baseCatalogueVersion, type CatalogueVersion } from '../../domain/catalogue-version.js';
import { CatalogueVersionRepository } from '../../infrastructure/catalogue-version.repository.js';

export interface CatalogueVersionView {
  catalogueVersion: string;
  fromProjectYear: number;
  previousVersion: string | null;
  /** null for the base version (the data file). */
  publishedAt: string | null;
  note: string;
  changes: IndicatorRate[];
}

export const toVersionView = (version: CatalogueVersion): CatalogueVersionView => ({
  catalogueVersion: version.catalogueVersion,
  fromProjectYear: version.fromProjectYear,
  previousVersion: version.previousVersion,
  publishedAt: version.publishedAt?.toISOString() ?? null,
  note: version.note,
  changes: version.changes,
});

/** The base version, then every published one in publication order. */
@Injectable()
export class ListCatalogueVersionsHandler {
  constructor(private readonly versions: CatalogueVersionRepository) {}

  async execute(): Promise<CatalogueVersionView[]> {
    return [baseCatalogueVersion(), ...(await this.versions.list())].map(toVersionView);
  }
}
