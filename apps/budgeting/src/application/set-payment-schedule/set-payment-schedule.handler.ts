import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { scheduleProblems, type Instalment } from '../../domain/payment-schedule.js';
import { PaymentRepository } from '../../infrastructure/payment.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { requireProjectYear } from '../budget-of-year.js';
import { PaymentScheduler } from '../schedule-payments/payment-scheduler.js';
import type { SetPaymentScheduleCommand } from './set-payment-schedule.command.js';

export interface PaymentScheduleView {
  projectYear: number;
  instalments: Instalment[];
  /** 'default' until ABB sets one. */
  source: 'default' | 'abb';
}

/**
 * ABB sets a project year's payment schedule. It applies to the schedules created from decisions after the change;
 * governments already decided keep the instalments they have (an amendment works out their amounts again, with the
 * shares they were created with). Audited.
 */
@Injectable()
export class SetPaymentScheduleHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly payments: PaymentRepository,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly scheduler: PaymentScheduler,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: SetPaymentScheduleCommand): Promise<PaymentScheduleView> {
    requireProjectYear(command.projectYear);
    const problems = scheduleProblems(command.instalments);
    if (problems.length > 0) throw RuleViolation.of(problems);
    return this.unitOfWork.run(async () => {
      // Under the year's lock, so a decision being committed uses either the old schedule or the new one, whole.
      await this.budgets.lockYear(command.projectYear);
      const before = await this.scheduler.yearSchedule(command.projectYear);
      const instalments = command.instalments.map(({ label, sharePercent, condition }) => ({ label, sharePercent, condition }));
      await this.payments.saveSchedule({
        projectYear: command.projectYear,
        instalments,
        changedBy: command.changedBy,
        changedAt: this.clock.now(),
      });
      await this.audit.record({
        action: 'set-payment-schedule',
        objectType: 'payment-schedule',
        objectId: String(command.projectYear),
        before: { instalments: before },
        after: { instalments },
      });
      return { projectYear: command.projectYear, instalments, source: 'abb' };
    });
  }
}
