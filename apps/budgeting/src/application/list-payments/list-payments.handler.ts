import { Injectable } from '@nestjs/common';
import type { PaymentCondition } from '../../domain/payment-schedule.js';
import type { PaymentStatus } from '../../infrastructure/payment.entity.js';
import { PaymentRepository } from '../../infrastructure/payment.repository.js';
import { requireProjectYear } from '../budget-of-year.js';
import type { ListPaymentsQuery } from './list-payments.query.js';

export interface PaymentView {
  paymentId: string;
  applicationId: string;
  governmentCode: string;
  projectYear: number;
  instalment: number;
  label: string;
  sharePercent: number;
  condition: PaymentCondition;
  amountCents: number;
  status: PaymentStatus;
  dueAt: string | null;
  releasedAt: string | null;
  releasedBy: string | null;
  iban: string | null;
}

/** Every instalment of a year (of one government, of one status), by government, application and instalment. */
@Injectable()
export class ListPaymentsHandler {
  constructor(private readonly payments: PaymentRepository) {}

  async execute(query: ListPaymentsQuery): Promise<PaymentView[]> {
    requireProjectYear(query.projectYear);
    const payments = await this.payments.list(query);
    return payments.map((payment) => ({
      paymentId: payment.id,
      applicationId: payment.applicationId,
      governmentCode: payment.governmentCode,
      projectYear: payment.projectYear,
      instalment: payment.instalment,
      label: payment.label,
      sharePercent: payment.sharePercent,
      condition: payment.condition,
      amountCents: payment.amountCents,
      status: payment.status,
      dueAt: payment.dueAt?.toISOString() ?? null,
      releasedAt: payment.releasedAt?.toISOString() ?? null,
      releasedBy: payment.releasedBy,
      iban: payment.iban,
    }));
  }
}
