export interface MarkInboxReadCommand {
  id: string;
  /** The inboxes the caller owns: its governments' codes, or `abb`. */
  inboxes: string[];
}
