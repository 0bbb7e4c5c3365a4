import { Injectable } from '@nestjs/common';
import { DEFAULT_SCHEDULE } from '../../domain/payment-schedule.js';
import { PaymentRepository } from '../../infrastructure/payment.repository.js';
import { requireProjectYear } from '../budget-of-year.js';
import type { PaymentScheduleView } from '../set-payment-schedule/set-payment-schedule.handler.js';

/** The schedule of a year as it applies to the next decision: ABB's, or the default. */
@Injectable()
export class GetPaymentScheduleHandler {
  constructor(private readonly payments: PaymentRepository) {}

  async execute({ projectYear }: { projectYear: number }): Promise<PaymentScheduleView> {
    requireProjectYear(projectYear);
    const stored = await this.payments.schedule(projectYear);
    return stored
      ? { projectYear, instalments: stored.instalments, source: 'abb' }
      : { projectYear, instalments: DEFAULT_SCHEDULE.map((instalment) => ({ ...instalment })), source: 'default' };
  }
}
