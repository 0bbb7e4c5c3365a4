export interface AcceptAmendmentCommand {
  amendmentId: string;
  /** The ABB officer's subject. */
  acceptedBy: string;
}
