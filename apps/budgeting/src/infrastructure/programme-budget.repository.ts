import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { BudgetChangeEntity } from './budget-change.entity.js';
import { ProgrammeBudgetEntity } from './programme-budget.entity.js';

/**
 * Everything that changes what a project year has committed or may commit (a commitment, a budget change, a
 * proposal reading what is left) holds this lock until commit: two decisions can never both take the last of the budget.
 */
const BUDGET_YEAR_LOCK = lockNamespace('budget year', 202);

export type BudgetChange = BudgetChangeEntity;

/** The programme budgets ABB changed and the history of those changes. */
@Injectable()
export class ProgrammeBudgetRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lockYear(projectYear: number): Promise<void> {
    return lockUntilCommit(BUDGET_YEAR_LOCK, String(projectYear));
  }

  /** The budget ABB set for the year, or undefined while the catalogue's figure applies. */
  async find(projectYear: number): Promise<number | undefined> {
    const stored = await this.unitOfWork.manager.getRepository(ProgrammeBudgetEntity).findOneBy({ projectYear });
    return stored?.budgetCents;
  }

  async save(change: BudgetChange): Promise<void> {
    const manager = this.unitOfWork.manager;
    await manager
      .getRepository(ProgrammeBudgetEntity)
      .upsert({ projectYear: change.projectYear, budgetCents: change.budgetCents, changedAt: change.changedAt }, ['projectYear']);
    await manager.getRepository(BudgetChangeEntity).insert(change);
  }

  /** Oldest first. */
  changes(projectYear: number): Promise<BudgetChange[]> {
    return this.unitOfWork.manager
      .getRepository(BudgetChangeEntity)
      .find({ where: { projectYear }, order: { changedAt: 'ASC', id: 'ASC' } });
  }
}
