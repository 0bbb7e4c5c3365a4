import { Injectable } from '@nestjs/common';
import type { ReportSubmittedV2 } from '#contracts';
import { UnitOfWork } from '#persistence';
import { DigestRepository } from '../../infrastructure/digest.repository.js';

/** A submitted report (version) waits for ABB's review until a review of that version or a later one arrives. */
@Injectable()
export class RecordReportSubmissionHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly digest: DigestRepository,
  ) {}

  async execute(report: ReportSubmittedV2): Promise<void> {
    await this.unitOfWork.run(() =>
      this.digest.submitted({
        reportId: report.reportId,
        governmentCode: report.governmentCode,
        projectYear: report.projectYear,
        periodCode: report.periodCode,
        submittedVersion: report.reportVersion,
        submittedAt: new Date(report.submittedAt),
        late: report.late,
      }),
    );
  }
}
