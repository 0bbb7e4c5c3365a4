import type { ReportLine } from '../../domain/report.js';

export interface SubmitReportCommand {
  governmentCode: string;
  periodCode: string;
  results: ReportLine[];
  submittedBy: string;
  /** The caller's Idempotency-Key: the same request sent again under it answers the report it made. */
  idempotencyKey?: string;
}
