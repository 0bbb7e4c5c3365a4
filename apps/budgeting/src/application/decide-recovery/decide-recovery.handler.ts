import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { recoveryDecidedV1 } from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { recoveryPostings } from '../../domain/ledger.js';
import { recoveryDecisionProblems } from '../../domain/recovery.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import { PaymentRepository } from '../../infrastructure/payment.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { RecoveryRepository } from '../../infrastructure/recovery.repository.js';
import { toRecoveryView, type RecoveryView } from '../list-recoveries/list-recoveries.handler.js';
import type { DecideRecoveryCommand } from './decide-recovery.command.js';

/**
 * ABB confirms a proposed recovery (fully, or a lower amount with a reason) or waives it with a reason. A confirmed
 * recovery is charged to the government that received the money and booked in the ledger, never above what it was
 * paid less what was recovered already (a balance still due must be released first). Once: a second decision is a 409.
 */
@Injectable()
export class DecideRecoveryHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly recoveries: RecoveryRepository,
    private readonly payments: PaymentRepository,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly ledger: LedgerRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: DecideRecoveryCommand): Promise<RecoveryView> {
    return this.unitOfWork.run(async () => {
      const found = await this.recoveries.find(command.recoveryId);
      if (!found) throw new NotFound(`recoveryId: recovery ${command.recoveryId} does not exist`);
      await this.budgets.lockYear(found.projectYear);
      const recovery = (await this.recoveries.find(command.recoveryId))!;
      if (recovery.status !== 'proposed') throw new Conflict(`recoveryId: recovery ${recovery.id} was ${recovery.status} already`);
      const problems = recoveryDecisionProblems(recovery.proposedCents, command);
      if (problems.length > 0) throw RuleViolation.of(problems);
      const recoveredCents = command.outcome === 'confirmed' ? (command.amountCents ?? recovery.proposedCents) : 0;
      const reason = command.reason?.trim() || null;
      const now = this.clock.now();
      let ledgerTransactionId: string | null = null;
      if (recoveredCents > 0) {
        const paidCents = await this.payments.paidCents(recovery.governmentCode, recovery.projectYear);
        const { recoveredCents: alreadyCents } = await this.recoveries.totals(recovery.governmentCode, recovery.projectYear);
        if (alreadyCents + recoveredCents > paidCents)
          throw new Conflict(
            `amountCents: recovering ${recoveredCents} cents brings the recoveries to ${alreadyCents + recoveredCents} cents, above the ` +
              `${paidCents} paid to ${recovery.governmentCode}; release the due balance first, or confirm a lower amount`,
          );
        ledgerTransactionId = await this.ledger.book(
          {
            projectYear: recovery.projectYear,
            kind: 'recovery',
            applicationId: null,
            decisionId: null,
            description: `recovery of ${recovery.indicatorCode}, ${recovery.governmentCode}, project year ${recovery.projectYear}`,
            postings: recoveryPostings(recovery.projectYear, recovery.governmentCode, recoveredCents),
          },
          now,
        );
      }
      const decided = { status: command.outcome, recoveredCents, reason, decidedBy: command.decidedBy, decidedAt: now };
      if (!(await this.recoveries.decide(recovery.id, decided, ledgerTransactionId)))
        throw new Conflict(`recoveryId: recovery ${recovery.id} was decided already`);
      await this.audit.record({
        action: command.outcome === 'confirmed' ? 'confirm-recovery' : 'waive-recovery',
        objectType: 'recovery',
        objectId: recovery.id,
        before: { status: 'proposed', proposedCents: recovery.proposedCents },
        after: { status: command.outcome, recoveredCents, reason },
      });
      await this.outbox.append(recoveryDecidedV1, {
        key: recovery.governmentCode,
        payload: {
          recoveryId: recovery.id,
          governmentCode: recovery.governmentCode,
          projectYear: recovery.projectYear,
          indicatorCode: recovery.indicatorCode,
          outcome: command.outcome,
          proposedCents: recovery.proposedCents,
          recoveredCents,
          reason,
          decidedAt: now.toISOString(),
        },
      });
      return toRecoveryView({ ...recovery, ...decided, ledgerTransactionId });
    });
  }
}
