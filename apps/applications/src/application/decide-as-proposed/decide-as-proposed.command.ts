export interface DecideAsProposedCommand {
  callId: string;
  /** The ABB officer's subject. */
  decidedBy: string;
}
