export interface ChangeBudgetCommand {
  projectYear: number;
  budgetCents: number;
  reason: string;
  /** The ABB user (token subject). */
  changedBy: string;
}
