export interface ClearAtRiskFlagCommand {
  governmentCode: string;
  projectYear: number;
  indicatorCode: string;
  /** ABB evaluated the government's motivation positively; only that clears the flag. */
  motivationAccepted: boolean;
  reason: string;
  clearedBy: string;
}
