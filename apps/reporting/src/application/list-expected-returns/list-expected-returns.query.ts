/** Left out: every government (ABB) or every project year. */
export interface ListExpectedReturnsQuery {
  governmentCode?: string;
  projectYear?: number;
}
