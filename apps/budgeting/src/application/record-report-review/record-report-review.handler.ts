import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { PaymentRepository } from '../../infrastructure/payment.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { RecoveryProposer } from '../propose-recovery/recovery-proposer.js';
import { PaymentScheduler } from '../schedule-payments/payment-scheduler.js';
import type { RecordReportReviewCommand } from './record-report-review.command.js';

export type ReportReviewOutcome = 'not-an-accepted-annual-report' | 'accepted-already' | 'recorded';

/**
 * ABB accepted a government's annual report (report-reviewed v2, accepted, annual): the instalments waiting for it
 * become due and are announced, and every line below target without an accepted motivation gets a recovery
 * proposal. Only the first acceptance of a year counts; a review that is not an accepted annual
 * report changes nothing here. Under the year's lock, like the commitments whose schedules it touches, so a decision
 * committed at the same moment either sees the acceptance or has its instalments made due by it.
 */
@Injectable()
export class RecordReportReviewHandler {
  private readonly logger = new Logger(RecordReportReviewHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly payments: PaymentRepository,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly scheduler: PaymentScheduler,
    private readonly recovery: RecoveryProposer,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute({ review }: RecordReportReviewCommand): Promise<ReportReviewOutcome> {
    if (review.outcome !== 'accepted' || review.periodKind !== 'annual') return 'not-an-accepted-annual-report';
    return this.unitOfWork.run(async () => {
      await this.budgets.lockYear(review.projectYear);
      const now = this.clock.now();
      const recorded = await this.payments.recordAcceptedAnnualReport({
        governmentCode: review.governmentCode,
        projectYear: review.projectYear,
        reportId: review.reportId,
        reportVersion: review.reportVersion,
        acceptedAt: new Date(review.reviewedAt),
      });
      if (!recorded) {
        this.logger.log(`the annual report of ${review.governmentCode}, project year ${review.projectYear}, was accepted already`);
        return 'accepted-already';
      }
      const due = await this.payments.makeDue(review.governmentCode, review.projectYear, 'annual-report-accepted', now);
      await this.scheduler.announceDue(due);
      await this.recovery.propose(review, now);
      return 'recorded';
    });
  }
}
