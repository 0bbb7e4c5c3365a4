import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { DigestRepository } from '../../infrastructure/digest.repository.js';
import { NoticeWriter } from '../write-notice/notice-writer.js';
import type { NotifyReviewCommand } from './notify-review.command.js';

/** ABB reviewed a report: the government hears the outcome (with the comments), and the report no longer waits. */
@Injectable()
export class NotifyReviewHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: NoticeWriter,
    private readonly digest: DigestRepository,
  ) {}

  async execute({ causeEventId, review }: NotifyReviewCommand): Promise<number> {
    return this.unitOfWork.run(async () => {
      await this.digest.reviewed({
        reportId: review.reportId,
        governmentCode: review.governmentCode,
        projectYear: review.projectYear,
        periodCode: review.periodCode,
        reviewedVersion: review.reportVersion,
      });
      const kind = review.outcome === 'accepted' ? 'report-accepted' : 'report-changes-requested';
      return this.writer.write({ governmentCode: review.governmentCode, causeEventId, facts: { kind, review } });
    });
  }
}
