import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { paymentDueV1 } from '#contracts';
import { OutboxWriter } from '#messaging';
import { DEFAULT_SCHEDULE, instalmentAmounts, rescheduledAmounts, type Instalment } from '../../domain/payment-schedule.js';
import type { StoredPayment } from '../../infrastructure/payment.repository.js';
import { PaymentRepository } from '../../infrastructure/payment.repository.js';

export interface CommittedApplication {
  applicationId: string;
  governmentCode: string;
  projectYear: number;
  committedCents: number;
}

/** The label of the instalment added when an amendment raises a commitment that was paid in full. */
const TOP_UP_LABEL = 'aanvulling';

/**
 * Each government's payment schedule follows its commitment: created from the year's schedule at the decision, worked
 * out again at every amendment (rescheduledAmounts: released instalments stay, the rest adds up to the new commitment;
 * a top-up instalment, due at once, when everything was paid). An instalment whose condition is met becomes due and is
 * announced (payment-due). Runs inside the commitment's unit of work, under the year's lock.
 */
@Injectable()
export class PaymentScheduler {
  constructor(
    private readonly payments: PaymentRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async yearSchedule(projectYear: number): Promise<readonly Instalment[]> {
    return (await this.payments.schedule(projectYear))?.instalments ?? DEFAULT_SCHEDULE;
  }

  async afterCommitment(committed: CommittedApplication, now: Date): Promise<void> {
    const existing = await this.payments.ofApplication(committed.applicationId);
    if (existing.length === 0) {
      const schedule = await this.yearSchedule(committed.projectYear);
      const amounts = instalmentAmounts(
        committed.committedCents,
        schedule.map((instalment) => instalment.sharePercent),
      );
      const accepted = await this.payments.annualReportAccepted(committed.governmentCode, committed.projectYear);
      const created = schedule.map((instalment, index): StoredPayment =>
        this.newPayment(committed, index + 1, instalment, amounts[index] ?? 0, instalment.condition === 'decision' || accepted, now),
      );
      await this.payments.insert(created);
      await this.announceDue(created.filter((payment) => payment.status === 'due'));
      return;
    }
    const { amounts, topUpCents } = rescheduledAmounts(
      committed.committedCents,
      existing.map((payment) => ({
        sharePercent: payment.sharePercent,
        releasedCents: payment.status === 'released' ? payment.amountCents : null,
      })),
    );
    for (const [index, payment] of existing.entries())
      if (payment.status !== 'released' && payment.amountCents !== amounts[index])
        await this.payments.reschedule(payment.id, amounts[index] ?? 0);
    if (topUpCents > 0) {
      const topUp = this.newPayment(
        committed,
        existing.length + 1,
        { label: TOP_UP_LABEL, sharePercent: 0, condition: 'decision' },
        topUpCents,
        true,
        now,
      );
      await this.payments.insert([topUp]);
      await this.announceDue([topUp]);
    }
  }

  async announceDue(payments: readonly StoredPayment[]): Promise<void> {
    for (const payment of payments)
      await this.outbox.append(paymentDueV1, {
        key: payment.governmentCode,
        payload: {
          paymentId: payment.id,
          applicationId: payment.applicationId,
          governmentCode: payment.governmentCode,
          projectYear: payment.projectYear,
          instalment: payment.instalment,
          label: payment.label,
          condition: payment.condition,
          amountCents: payment.amountCents,
          dueAt: (payment.dueAt ?? new Date(0)).toISOString(),
        },
      });
  }

  private newPayment(
    committed: CommittedApplication,
    instalment: number,
    { label, sharePercent, condition }: Instalment,
    amountCents: number,
    due: boolean,
    now: Date,
  ): StoredPayment {
    return {
      id: randomUUID(),
      applicationId: committed.applicationId,
      governmentCode: committed.governmentCode,
      projectYear: committed.projectYear,
      instalment,
      label,
      sharePercent,
      condition,
      amountCents,
      status: due ? 'due' : 'scheduled',
      dueAt: due ? now : null,
      releasedAt: null,
      releasedBy: null,
      iban: null,
      ledgerTransactionId: null,
    };
  }
}
