export interface RejectAmendmentCommand {
  amendmentId: string;
  comment: string;
  /** The ABB officer's subject. */
  rejectedBy: string;
}
