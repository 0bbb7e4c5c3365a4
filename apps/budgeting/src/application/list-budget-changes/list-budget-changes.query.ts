export interface ListBudgetChangesQuery {
  projectYear: number;
}
