import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { paymentReleasedV1 } from '#contracts';
import { Conflict, NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { paymentPostings } from '../../domain/ledger.js';
import { releaseProblem } from '../../domain/payment-schedule.js';
import { CommitmentRepository } from '../../infrastructure/commitment.repository.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import { PaymentRepository, type StoredPayment } from '../../infrastructure/payment.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { requireProjectYear } from '../budget-of-year.js';
import type { ReleasePaymentsCommand } from './release-payments.command.js';

export interface ReleasedPayment {
  paymentId: string;
  applicationId: string;
  governmentCode: string;
  projectYear: number;
  instalment: number;
  label: string;
  amountCents: number;
  iban: string;
  releasedAt: string;
  ledgerTransactionId: string;
}

/**
 * ABB releases due payments: one, or all due in one action. Under the year's lock (the one commitments take), each is
 * released only while it is still due (a conditional update) and only while the government's payments of the year stay
 * within its commitment; each is booked in the ledger to the application's IBAN, audited and announced
 * (payment-released), all in one unit of work: a release that fails releases nothing.
 */
@Injectable()
export class ReleasePaymentsHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly payments: PaymentRepository,
    private readonly commitments: CommitmentRepository,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly ledger: LedgerRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: ReleasePaymentsCommand): Promise<ReleasedPayment[]> {
    if ('projectYear' in command) requireProjectYear(command.projectYear);
    return this.unitOfWork.run(async () => {
      if ('paymentId' in command) {
        const found = await this.payments.find(command.paymentId);
        if (!found) throw new NotFound(`paymentId: payment ${command.paymentId} does not exist`);
        await this.budgets.lockYear(found.projectYear);
        // Read again under the lock: another release may have committed while this one waited.
        const payment = (await this.payments.find(command.paymentId))!;
        if (payment.status !== 'due')
          throw new Conflict(
            payment.status === 'released'
              ? `paymentId: payment ${payment.id} was released already on ${payment.releasedAt?.toISOString()}`
              : `paymentId: payment ${payment.id} is not due yet (condition: ${payment.condition})`,
          );
        return [await this.release(payment, command.releasedBy)];
      }
      await this.budgets.lockYear(command.projectYear);
      const due = await this.payments.list({ projectYear: command.projectYear, governmentCode: command.governmentCode, status: 'due' });
      const released: ReleasedPayment[] = [];
      for (const payment of due.filter((candidate) => candidate.amountCents > 0))
        released.push(await this.release(payment, command.releasedBy));
      return released;
    });
  }

  private async release(payment: StoredPayment, releasedBy: string): Promise<ReleasedPayment> {
    const commitments = await this.commitments.list(payment.projectYear, payment.governmentCode);
    const committedCents = commitments.reduce((sum, commitment) => sum + commitment.committedCents, 0);
    const paidCents = await this.payments.paidCents(payment.governmentCode, payment.projectYear);
    const problem = releaseProblem(payment.amountCents, paidCents, committedCents);
    if (problem) throw new Conflict(`paymentId: payment ${payment.id}: ${problem}`);
    const commitment = commitments.find((candidate) => candidate.applicationId === payment.applicationId);
    if (!commitment) throw new Conflict(`paymentId: payment ${payment.id} has no commitment in force`);
    const now = this.clock.now();
    const ledgerTransactionId = (await this.ledger.book(
      {
        projectYear: payment.projectYear,
        kind: 'payment',
        applicationId: payment.applicationId,
        decisionId: null,
        description:
          `instalment ${payment.instalment} (${payment.label}) of application ${payment.applicationId} of ${payment.governmentCode}, ` +
          `project year ${payment.projectYear}, to ${commitment.iban}`,
        postings: paymentPostings(payment.governmentCode, commitment.iban, payment.amountCents),
      },
      now,
    ))!;
    const changed = await this.payments.markReleased(payment.id, {
      releasedAt: now,
      releasedBy,
      iban: commitment.iban,
      ledgerTransactionId,
    });
    // The lock makes this unreachable; should it ever be reached, the whole unit of work (and its booking) rolls back.
    if (!changed) throw new Conflict(`paymentId: payment ${payment.id} was released already`);
    await this.audit.record({
      action: 'release-payment',
      objectType: 'payment',
      objectId: payment.id,
      before: { status: 'due' },
      after: { status: 'released', amountCents: payment.amountCents, iban: commitment.iban },
    });
    await this.outbox.append(paymentReleasedV1, {
      key: payment.governmentCode,
      payload: {
        paymentId: payment.id,
        applicationId: payment.applicationId,
        governmentCode: payment.governmentCode,
        projectYear: payment.projectYear,
        instalment: payment.instalment,
        label: payment.label,
        amountCents: payment.amountCents,
        iban: commitment.iban,
        paidCents: paidCents + payment.amountCents,
        committedCents,
        releasedAt: now.toISOString(),
      },
    });
    return {
      paymentId: payment.id,
      applicationId: payment.applicationId,
      governmentCode: payment.governmentCode,
      projectYear: payment.projectYear,
      instalment: payment.instalment,
      label: payment.label,
      amountCents: payment.amountCents,
      iban: commitment.iban,
      releasedAt: now.toISOString(),
      ledgerTransactionId,
    };
  }
}
