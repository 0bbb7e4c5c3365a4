export interface GetBudgetQuery {
  projectYear: number;
}
