export interface GetDecisionQuery {
  applicationId: string;
  /** The caller's governments; undefined for ABB (every application). */
  governmentCodes?: string[];
}
