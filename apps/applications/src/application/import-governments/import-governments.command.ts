import type { ImportRecord } from '../../domain/government-import.js';

/**
 * The file's text (see government-csv.ts), or records already read, as the demo seeding passes them. A dry run
 * checks everything the import checks and says what it would do, but writes and announces nothing.
 */
export type ImportGovernmentsCommand = ({ csv: string } | { records: ImportRecord[] }) & { dryRun?: boolean };

export interface ImportGovernmentsResult {
  created: number;
  updated: number;
  unchanged: number;
}
