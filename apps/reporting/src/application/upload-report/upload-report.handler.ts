import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RuleViolation } from '#domain';
import { problemsByCell, readReportLines, readTemplateMetadata } from '../../domain/report-template.js';
import { ReportTemplateWorkbook } from '../../infrastructure/report-template.workbook.js';
import { SubmitReportHandler, type SubmittedReport } from '../submit-report/submit-report.handler.js';
import { submitTemplateReport } from './submit-template-report.js';
import type { OpenedTemplate, UploadReportCommand } from './upload-report.command.js';

/**
 * Submits a filled Excel template as a report: its cells are read into report lines (every wrong cell named at
 * once), then submitted like a report of the JSON API, whose problems are named by cell as well. Nothing is
 * stored unless the whole file is right: reading writes nothing, and the submission is one unit of work.
 */
@Injectable()
export class UploadReportHandler {
  constructor(
    private readonly workbook: ReportTemplateWorkbook,
    private readonly submitReport: SubmitReportHandler,
  ) {}

  /** What an uploaded file is a template for, or a 400 saying why it is none; the caller checks access before execute. */
  async open(file: Buffer): Promise<OpenedTemplate> {
    const cells = await this.workbook.read(file);
    return {
      metadata: readTemplateMetadata(cells.metadata, cells.hasDataSheet),
      cells,
      fileSha256: createHash('sha256').update(file).digest('hex'),
    };
  }

  async execute({ template, submittedBy }: UploadReportCommand): Promise<SubmittedReport> {
    const { lines, rows } = readReportLines(template.metadata, template.cells.dataRows);
    try {
      return await submitTemplateReport(this.submitReport, template, lines, submittedBy);
    } catch (error) {
      // A broken rule (400) is named by cell; a 404 or 409 (no targets, a clash) is about the whole report and stays as it is.
      if (error instanceof RuleViolation && error.status === 400) throw RuleViolation.of(problemsByCell(error, rows));
      throw error;
    }
  }
}
