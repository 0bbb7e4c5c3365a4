export interface SubmitApplicationCommand {
  applicationId: string;
  /** A government officer's codes (it submits only its own); undefined for ABB. */
  actorCodes?: string[];
}
