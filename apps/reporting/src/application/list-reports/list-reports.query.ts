/** Left out: every government (ABB only) or every period. */
export interface ListReportsQuery {
  governmentCode?: string;
  periodCode?: string;
}
