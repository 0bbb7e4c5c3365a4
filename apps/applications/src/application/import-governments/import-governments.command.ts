import type { ImportRecord } from '../../domain/government-import.js';

/** The file's text (see government-csv.ts), or records already read, as the demo seeding passes them. */
export type ImportGovernmentsCommand = { csv: string } | { records: ImportRecord[] };

export interface ImportGovernmentsResult {
  created: number;
  updated: number;
  unchanged: number;
}
