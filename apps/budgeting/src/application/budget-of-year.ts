import { findProjectYear, type ProjectYear } from '#catalogue';
import { RuleViolation } from '#domain';
import { CENTS_PER_EURO } from '../domain/money.js';
import type { ProgrammeBudgetRepository } from '../infrastructure/programme-budget.repository.js';

export interface YearBudget {
  budgetCents: number;
  /** 'catalogue' until ABB changes it. */
  source: 'catalogue' | 'abb';
}

/** The catalogue's project year, or a 400 naming projectYear. */
export const requireProjectYear = (projectYear: number): ProjectYear => {
  const year = findProjectYear(projectYear);
  if (!year) throw RuleViolation.at('projectYear', `${projectYear} is not a project year of Plan Samenleven`);
  return year;
};

/** The year's programme budget: as ABB last set it, otherwise the catalogue's figure. */
export const budgetOfYear = async (budgets: ProgrammeBudgetRepository, projectYear: number): Promise<YearBudget> => {
  const year = requireProjectYear(projectYear);
  const changed = await budgets.find(projectYear);
  return changed === undefined
    ? { budgetCents: year.programmeBudgetEur * CENTS_PER_EURO, source: 'catalogue' }
    : { budgetCents: changed, source: 'abb' };
};
