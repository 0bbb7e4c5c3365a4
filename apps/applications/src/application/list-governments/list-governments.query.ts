export interface ListGovernmentsQuery {
  /** Only these codes; undefined means all (ABB staff). */
  codes?: string[];
}
