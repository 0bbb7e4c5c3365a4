export interface CreateApplicationCommand {
  callId: string;
  /** The applicant: the government itself, or a group's lead. */
  governmentCode: string;
  /** The group the lead applies for; absent for a government applying alone. */
  groupCode?: string | null;
}
