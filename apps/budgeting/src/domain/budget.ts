import type { FieldProblem } from '#domain';

export interface BudgetPosition {
  projectYear: number;
  budgetCents: number;
  /** What the year's decisions committed (from the ledger): never above the budget. */
  committedCents: number;
  availableCents: number;
}

export const budgetPosition = (projectYear: number, budgetCents: number, committedCents: number): BudgetPosition => ({
  projectYear,
  budgetCents,
  committedCents,
  availableCents: budgetCents - committedCents,
});

/** ABB may raise or lower a year's budget, never below what the year has committed already. */
export const budgetChangeProblems = (budgetCents: number, committedCents: number): FieldProblem[] => {
  if (!Number.isSafeInteger(budgetCents) || budgetCents < 0)
    return [{ field: 'budgetCents', problem: 'must be a whole number of euro cents >= 0' }];
  if (budgetCents < committedCents)
    return [{ field: 'budgetCents', problem: `${budgetCents} is below the ${committedCents} cents the year has committed already` }];
  return [];
};
