import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '#auth';
import { programmeBudgetChangedV1 } from '#contracts';
import { RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { budgetChangeProblems } from '../../domain/budget.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { budgetOfYear } from '../budget-of-year.js';
import { GetBudgetHandler, type BudgetView } from '../get-budget/get-budget.handler.js';
import type { ChangeBudgetCommand } from './change-budget.command.js';

export interface ChangedBudget extends BudgetView {
  /** false when the budget already was this amount: nothing was recorded. */
  changed: boolean;
}

/**
 * ABB changes a year's programme budget, never below what the year has committed (checked under the year's lock,
 * so a commitment cannot slip in between). The change, its reason and who made it are kept in the budget's history
 * and the audit log, and announced (programme-budget-changed), in one unit of work.
 */
@Injectable()
export class ChangeBudgetHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly ledger: LedgerRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
    private readonly getBudget: GetBudgetHandler,
  ) {}

  async execute(command: ChangeBudgetCommand): Promise<ChangedBudget> {
    const changed = await this.unitOfWork.run(async () => {
      await this.budgets.lockYear(command.projectYear);
      const previous = await budgetOfYear(this.budgets, command.projectYear);
      const problems = budgetChangeProblems(command.budgetCents, await this.ledger.committedCents(command.projectYear));
      if (problems.length > 0) throw RuleViolation.of(problems);
      if (previous.budgetCents === command.budgetCents) return false;
      const change = {
        id: randomUUID(),
        projectYear: command.projectYear,
        previousCents: previous.budgetCents,
        budgetCents: command.budgetCents,
        reason: command.reason,
        changedBy: command.changedBy,
        changedAt: this.clock.now(),
      };
      await this.budgets.save(change);
      await this.audit.record({
        action: 'change-programme-budget',
        objectType: 'programme-budget',
        objectId: String(command.projectYear),
        before: { budgetCents: previous.budgetCents, source: previous.source },
        after: { budgetCents: command.budgetCents, reason: command.reason },
      });
      await this.outbox.append(programmeBudgetChangedV1, {
        key: String(command.projectYear),
        payload: {
          projectYear: command.projectYear,
          previousCents: previous.budgetCents,
          budgetCents: command.budgetCents,
          reason: command.reason,
        },
      });
      return true;
    });
    return { ...(await this.getBudget.execute({ projectYear: command.projectYear })), changed };
  }
}
