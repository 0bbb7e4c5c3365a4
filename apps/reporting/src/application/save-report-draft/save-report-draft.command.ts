import type { DraftLine } from '../../domain/report-draft.js';

export interface SaveReportDraftCommand {
  governmentCode: string;
  periodCode: string;
  lines: DraftLine[];
  savedBy: string;
}
