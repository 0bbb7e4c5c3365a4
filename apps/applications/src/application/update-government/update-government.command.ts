import type { GovernmentChanges } from '../../domain/local-government.js';

export interface UpdateGovernmentCommand {
  code: string;
  changes: GovernmentChanges;
}
