import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { budgetPosition, type BudgetPosition } from '../../domain/budget.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { budgetOfYear, type YearBudget } from '../budget-of-year.js';
import type { GetBudgetQuery } from './get-budget.query.js';

export interface BudgetView extends BudgetPosition {
  source: YearBudget['source'];
  /** Debit and credit totals of the year's bookings: equal, or the ledger is broken. */
  ledger: { debitCents: number; creditCents: number; balanced: boolean };
}

/** The year's programme budget, what is committed (from the ledger) and what remains. */
@Injectable()
export class GetBudgetHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly ledger: LedgerRepository,
  ) {}

  execute(query: GetBudgetQuery): Promise<BudgetView> {
    // One snapshot for every figure, so they agree with each other.
    return this.unitOfWork.snapshot(async () => {
      const { budgetCents, source } = await budgetOfYear(this.budgets, query.projectYear);
      const committedCents = await this.ledger.committedCents(query.projectYear);
      const year = await this.ledger.year(query.projectYear);
      return {
        ...budgetPosition(query.projectYear, budgetCents, committedCents),
        source,
        ledger: { ...year, balanced: year.debitCents === year.creditCents },
      };
    });
  }
}
