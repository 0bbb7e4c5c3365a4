import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { requireProjectYear } from '../budget-of-year.js';
import type { ListBudgetChangesQuery } from './list-budget-changes.query.js';

export interface BudgetChangeView {
  projectYear: number;
  previousCents: number;
  budgetCents: number;
  reason: string;
  changedBy: string;
  changedAt: string;
}

/** The history of a year's programme budget: every change ABB made, oldest first. */
@Injectable()
export class ListBudgetChangesHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly budgets: ProgrammeBudgetRepository,
  ) {}

  async execute(query: ListBudgetChangesQuery): Promise<BudgetChangeView[]> {
    requireProjectYear(query.projectYear);
    const changes = await this.unitOfWork.snapshot(() => this.budgets.changes(query.projectYear));
    return changes.map(({ projectYear, previousCents, budgetCents, reason, changedBy, changedAt }) => ({
      projectYear,
      previousCents,
      budgetCents,
      reason,
      changedBy,
      changedAt: changedAt.toISOString(),
    }));
  }
}
