import type { ReportLine } from '../../domain/report.js';
import type { SubmitReportHandler, SubmittedReport } from '../submit-report/submit-report.handler.js';
import type { OpenedTemplate } from './upload-report.command.js';

/**
 * The one place where the Excel upload meets the JSON API's use case: the lines read from the template go
 * through the same SubmitReportHandler, so the same rules apply. Adapt only this when SubmitReportCommand
 * changes (an idempotency key could be `template.fileSha256`).
 */
export const submitTemplateReport = (
  submitReport: SubmitReportHandler,
  template: OpenedTemplate,
  results: ReportLine[],
  submittedBy: string,
): Promise<SubmittedReport> =>
  submitReport.execute({
    governmentCode: template.metadata.governmentCode,
    periodCode: template.metadata.periodCode,
    results,
    submittedBy,
  });
