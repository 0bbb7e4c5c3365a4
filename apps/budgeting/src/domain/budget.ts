export interface BudgetPosition {
  projectYear: number;
  programmeBudgetEur: number;
  committedEur: number;
  /**
   * Budget minus commitments. May go negative: decisions are committed as ABB takes them, and
   * allocating within the programme budget (by the applicants' priorities) is a later issue.
   */
  remainingEur: number;
  overCommitted: boolean;
}

export const budgetPosition = (projectYear: number, programmeBudgetEur: number, committedEur: number): BudgetPosition => ({
  projectYear,
  programmeBudgetEur,
  committedEur,
  remainingEur: programmeBudgetEur - committedEur,
  overCommitted: committedEur > programmeBudgetEur,
});
