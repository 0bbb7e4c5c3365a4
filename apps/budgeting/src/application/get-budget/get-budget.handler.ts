import { Injectable } from '@nestjs/common';
import { findProjectYear } from '#catalogue';
import { RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import { budgetPosition, type BudgetPosition } from '../../domain/budget.js';
import { programmeBudgetAccount } from '../../domain/ledger.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import type { GetBudgetQuery } from './get-budget.query.js';

export interface BudgetView extends BudgetPosition {
  /** Debit and credit totals of the year's bookings: equal, or the ledger is broken. */
  ledger: { debitEur: number; creditEur: number; balanced: boolean };
}

/** The year's programme budget (from the catalogue), what is committed (from the ledger) and what remains. */
@Injectable()
export class GetBudgetHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly ledger: LedgerRepository,
  ) {}

  async execute(query: GetBudgetQuery): Promise<BudgetView> {
    const projectYear = findProjectYear(query.projectYear);
    if (!projectYear) throw new RuleViolation(`projectYear: ${query.projectYear} is not a project year of Plan Samenleven`);
    // One snapshot for both figures, so they agree with each other.
    return this.unitOfWork.snapshot(async () => {
      const budget = await this.ledger.account(programmeBudgetAccount(query.projectYear));
      const year = await this.ledger.year(query.projectYear);
      return {
        ...budgetPosition(query.projectYear, projectYear.programmeBudgetEur, budget.debitEur - budget.creditEur),
        ledger: { ...year, balanced: year.debitEur === year.creditEur },
      };
    });
  }
}
