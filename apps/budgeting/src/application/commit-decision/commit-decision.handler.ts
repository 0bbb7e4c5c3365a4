import { Injectable, Logger } from '@nestjs/common';
import { commitmentRefusedV1, subsidyCommittedV2 } from '#contracts';
import { RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { answerDecision, decidedRevisionProblems, type DecisionOutcome } from '../../domain/commitment.js';
import { commitmentPostings } from '../../domain/ledger.js';
import { CommitmentRepository } from '../../infrastructure/commitment.repository.js';
import { PaymentRepository } from '../../infrastructure/payment.repository.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { budgetOfYear } from '../budget-of-year.js';
import { CofinancingReassessment } from '../declare-cofinancing/cofinancing-reassessment.js';
import { PaymentScheduler } from '../schedule-payments/payment-scheduler.js';
import type { CommitDecisionCommand } from './commit-decision.command.js';

/**
 * ABB decided an application (or accepted an amendment): budgeting commits the revision if the year's budget
 * covers what it adds, and answers subsidy-committed, or refuses it and answers commitment-refused, booking
 * nothing. All commitments of a year run under the year's lock, so concurrent decisions cannot together exceed
 * the budget. A decision is answered once, recognised by its decision id (a re-decision after a refusal has a
 * new id under the same revision number).
 */
@Injectable()
export class CommitDecisionHandler {
  private readonly logger = new Logger(CommitDecisionHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly commitments: CommitmentRepository,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly ledger: LedgerRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: ProgrammeClock,
    private readonly cofinancing: CofinancingReassessment,
    private readonly payments: PaymentRepository,
    private readonly scheduler: PaymentScheduler,
  ) {}

  async execute({ decision }: CommitDecisionCommand): Promise<DecisionOutcome | 'answered-already'> {
    const problems = decidedRevisionProblems(decision);
    if (problems.length > 0) throw RuleViolation.of(problems);
    return this.unitOfWork.run(async () => {
      await this.budgets.lockYear(decision.projectYear);
      if (await this.commitments.findAnswer(decision.decisionId)) {
        this.logger.log(`decision ${decision.decisionId} is answered already; this delivery changes nothing`);
        return 'answered-already';
      }
      const inForce = await this.commitments.find(decision.applicationId);
      const { budgetCents } = await budgetOfYear(this.budgets, decision.projectYear);
      const yearCommittedCents = await this.ledger.committedCents(decision.projectYear);
      const answer = answerDecision({
        projectYear: decision.projectYear,
        revision: decision.revision,
        totalCents: decision.totalCents,
        inForce: inForce ?? undefined,
        budgetCents,
        yearCommittedCents,
        paidCents: inForce ? await this.payments.paidOfApplication(decision.applicationId) : 0,
      });
      const now = this.clock.now();
      await this.commitments.saveAnswer({
        decisionId: decision.decisionId,
        applicationId: decision.applicationId,
        revision: decision.revision,
        outcome: answer.outcome,
        deltaCents: answer.deltaCents,
        reason: answer.outcome === 'committed' ? null : answer.reason,
        answeredAt: now,
      });
      if (answer.outcome === 'superseded') {
        this.logger.warn(`decision ${decision.decisionId} of application ${decision.applicationId}: ${answer.reason}`);
        return answer.outcome;
      }
      if (answer.outcome === 'refused') {
        await this.outbox.append(commitmentRefusedV1, {
          key: decision.governmentCode,
          payload: {
            decisionId: decision.decisionId,
            applicationId: decision.applicationId,
            revision: decision.revision,
            governmentCode: decision.governmentCode,
            projectYear: decision.projectYear,
            requestedDeltaCents: answer.deltaCents,
            availableCents: answer.availableCents,
            reason: answer.reason,
          },
        });
        return answer.outcome;
      }
      const lines = decision.lines.map(({ indicatorCode, approvedAdditionalReach, target, eurPerKpi, amountCents }) => ({
        indicatorCode,
        approvedAdditionalReach,
        target,
        eurPerKpi,
        amountCents,
      }));
      const stimuli = decision.stimuli.map(({ kind, actionNumber, partnerCode, amountCents }) => ({
        kind,
        actionNumber,
        partnerCode,
        amountCents,
      }));
      await this.commitments.save({
        applicationId: decision.applicationId,
        decisionId: decision.decisionId,
        revision: decision.revision,
        callId: decision.callId,
        governmentCode: decision.governmentCode,
        projectYear: decision.projectYear,
        iban: decision.iban,
        catalogueVersion: decision.catalogueVersion,
        lines,
        stimuli,
        linesCents: decision.linesCents,
        stimuliCents: decision.stimuliCents,
        committedCents: decision.totalCents,
        committedAt: now,
      });
      await this.ledger.book(
        {
          projectYear: decision.projectYear,
          kind: answer.deltaCents >= 0 ? 'commitment' : 'commitment-reduction',
          applicationId: decision.applicationId,
          decisionId: decision.decisionId,
          description:
            `revision ${decision.revision} of application ${decision.applicationId} of ${decision.governmentCode}, ` +
            `project year ${decision.projectYear}`,
          postings: commitmentPostings(decision.projectYear, decision.governmentCode, answer.deltaCents),
        },
        now,
      );
      // An amendment may raise the co-financing obligation above what the government declared.
      if (inForce) await this.cofinancing.afterCommitmentChanged(decision.governmentCode, decision.projectYear, now);
      await this.outbox.append(subsidyCommittedV2, {
        key: decision.governmentCode,
        payload: {
          decisionId: decision.decisionId,
          applicationId: decision.applicationId,
          revision: decision.revision,
          governmentCode: decision.governmentCode,
          projectYear: decision.projectYear,
          committedCents: decision.totalCents,
          deltaCents: answer.deltaCents,
          lines: lines.map(({ indicatorCode, approvedAdditionalReach, amountCents }) => ({
            indicatorCode,
            approvedAdditionalReach,
            amountCents,
          })),
          stimuli,
          yearCommittedCents: answer.yearCommittedCents,
          budgetCents,
        },
      });
      // The government's payment schedule follows its commitment; the advance is due at once.
      await this.scheduler.afterCommitment(
        {
          applicationId: decision.applicationId,
          governmentCode: decision.governmentCode,
          projectYear: decision.projectYear,
          committedCents: decision.totalCents,
        },
        now,
      );
      return answer.outcome;
    });
  }
}
