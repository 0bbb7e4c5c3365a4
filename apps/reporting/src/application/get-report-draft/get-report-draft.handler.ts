import { Injectable } from '@nestjs/common';
import type { DraftLine } from '../../domain/report-draft.js';
import type { ReportDraftEntity } from '../../infrastructure/report-draft.entity.js';
import { ReportDraftRepository } from '../../infrastructure/report-draft.repository.js';

export interface ReportDraftView {
  governmentCode: string;
  periodCode: string;
  lines: DraftLine[];
  savedBy: string;
  savedAt: string;
}

export const draftView = (draft: ReportDraftEntity): ReportDraftView => ({
  governmentCode: draft.governmentCode,
  periodCode: draft.periodCode,
  lines: draft.lines,
  savedBy: draft.savedBy,
  savedAt: draft.savedAt.toISOString(),
});

/** A government's draft of a period, or null when it has none. */
@Injectable()
export class GetReportDraftHandler {
  constructor(private readonly drafts: ReportDraftRepository) {}

  async execute(governmentCode: string, periodCode: string): Promise<ReportDraftView | null> {
    const draft = await this.drafts.find(governmentCode, periodCode);
    return draft ? draftView(draft) : null;
  }
}
