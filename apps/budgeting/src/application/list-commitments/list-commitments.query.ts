export interface ListCommitmentsQuery {
  projectYear: number;
  /** Absent: every government (ABB only). */
  governmentCode?: string;
}
