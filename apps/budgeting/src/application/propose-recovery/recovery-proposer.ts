import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { recoveryProposedV1, type ReportReviewedV2 } from '#contracts';
import { OutboxWriter } from '#messaging';
import { achievedAdditionalReach, considersRecovery, proposedRecoveryCents, recoveryRuleCents } from '../../domain/recovery.js';
import { CommitmentRepository } from '../../infrastructure/commitment.repository.js';
import { PaymentRepository } from '../../infrastructure/payment.repository.js';
import { RecoveryRepository } from '../../infrastructure/recovery.repository.js';

/**
 * After an accepted annual report: for every line below target without an accepted motivation, propose to recover the
 * unmet share of that line's subsidy (recoveryRuleCents), capped at what is left to recover of what the government was
 * paid or is due (its instalments released or due, less what is recovered or proposed already). The subsidy of a line
 * is what the commitments in force of the government's year award that indicator. Once per government, year and
 * indicator. Runs inside the review's unit of work, under the year's lock.
 */
@Injectable()
export class RecoveryProposer {
  private readonly logger = new Logger(RecoveryProposer.name);

  constructor(
    private readonly commitments: CommitmentRepository,
    private readonly payments: PaymentRepository,
    private readonly recoveries: RecoveryRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async propose(review: ReportReviewedV2, now: Date): Promise<number> {
    const commitments = await this.commitments.list(review.projectYear, review.governmentCode);
    if (commitments.length === 0) return 0;
    const subsidyOf = (indicatorCode: string) =>
      commitments
        .flatMap((commitment) => commitment.lines)
        .filter((line) => line.indicatorCode === indicatorCode)
        .reduce((sum, line) => sum + line.amountCents, 0);
    const instalments = await this.payments.list({ projectYear: review.projectYear, governmentCode: review.governmentCode });
    const paidOrDue = instalments
      .filter((payment) => payment.status !== 'scheduled')
      .reduce((sum, payment) => sum + payment.amountCents, 0);
    const { openCents, recoveredCents } = await this.recoveries.totals(review.governmentCode, review.projectYear);
    let recoverable = Math.max(0, paidOrDue - openCents - recoveredCents);
    let proposed = 0;
    for (const line of [...review.lines].sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode))) {
      if (!considersRecovery(line)) continue;
      const subsidyCents = subsidyOf(line.indicatorCode);
      const achieved = achievedAdditionalReach(line);
      const ruleCents = recoveryRuleCents(subsidyCents, line.approvedAdditionalReach, achieved);
      const proposedCents = proposedRecoveryCents(ruleCents, recoverable);
      if (proposedCents === 0) {
        if (ruleCents > 0) this.logger.warn(`${review.governmentCode} ${line.indicatorCode}: nothing paid is left to recover`);
        continue;
      }
      const recovery = {
        id: randomUUID(),
        governmentCode: review.governmentCode,
        projectYear: review.projectYear,
        indicatorCode: line.indicatorCode,
        reportId: review.reportId,
        subsidyCents,
        approvedAdditionalReach: line.approvedAdditionalReach,
        achievedAdditionalReach: achieved,
        target: line.target,
        realised: line.realised ?? 0,
        ruleCents,
        proposedCents,
        proposedAt: now,
        status: 'proposed' as const,
        recoveredCents: null,
        reason: null,
        decidedBy: null,
        decidedAt: null,
        ledgerTransactionId: null,
      };
      if (!(await this.recoveries.propose(recovery))) continue;
      recoverable -= proposedCents;
      proposed += 1;
      await this.outbox.append(recoveryProposedV1, {
        key: review.governmentCode,
        payload: {
          recoveryId: recovery.id,
          governmentCode: recovery.governmentCode,
          projectYear: recovery.projectYear,
          indicatorCode: recovery.indicatorCode,
          reportId: recovery.reportId,
          subsidyCents,
          approvedAdditionalReach: recovery.approvedAdditionalReach,
          achievedAdditionalReach: achieved,
          target: recovery.target,
          realised: recovery.realised,
          ruleCents,
          proposedCents,
          proposedAt: now.toISOString(),
        },
      });
    }
    return proposed;
  }
}
