import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findProjectYear } from '#catalogue';
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
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerRepository,
  ) {}

  async execute(query: GetBudgetQuery): Promise<BudgetView> {
    const projectYear = findProjectYear(query.projectYear);
    if (!projectYear) throw new BadRequestException(`projectYear: ${query.projectYear} is not a project year of Plan Samenleven`);
    // One snapshot for both figures, so they agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const budget = await this.ledger.account(manager, programmeBudgetAccount(query.projectYear));
      const year = await this.ledger.year(manager, query.projectYear);
      return {
        ...budgetPosition(query.projectYear, projectYear.programmeBudgetEur, budget.debitEur - budget.creditEur),
        ledger: { ...year, balanced: year.debitEur === year.creditEur },
      };
    });
  }
}
