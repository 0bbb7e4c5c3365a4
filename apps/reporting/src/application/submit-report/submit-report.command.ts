import type { ReportLine } from '../../domain/report.js';

export interface SubmitReportCommand {
  governmentCode: string;
  periodCode: string;
  results: ReportLine[];
  submittedBy: string;
}
