import type { TemplateMetadata } from '../../domain/report-template.js';
import type { TemplateCells } from '../../infrastructure/report-template.workbook.js';

/** An uploaded workbook that is a template, and what it is for (UploadReportHandler.open). */
export interface OpenedTemplate {
  metadata: TemplateMetadata;
  cells: TemplateCells;
  /** SHA-256 of the file as uploaded: the same file sent twice has the same digest (a natural idempotency key). */
  fileSha256: string;
}

export interface UploadReportCommand {
  template: OpenedTemplate;
  submittedBy: string;
}
