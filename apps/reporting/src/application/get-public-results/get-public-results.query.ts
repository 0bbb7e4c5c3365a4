/** Left out: the whole programme; named: one government's own results. */
export interface GetPublicResultsQuery {
  projectYear: number;
  governmentCode?: string;
}
