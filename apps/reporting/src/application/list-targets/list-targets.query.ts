/** Left out: every government (ABB) or every project year. */
export interface ListTargetsQuery {
  governmentCode?: string;
  projectYear?: number;
}
