import { Injectable } from '@nestjs/common';
import { findReportingPeriod } from '#catalogue';
import { RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { draftProblems } from '../../domain/report-draft.js';
import { ReportDraftRepository } from '../../infrastructure/report-draft.repository.js';
import { draftView, type ReportDraftView } from '../get-report-draft/get-report-draft.handler.js';
import type { SaveReportDraftCommand } from './save-report-draft.command.js';

/** Keeps what the officer typed so far for a period, replacing its earlier draft; nothing is reported by it. */
@Injectable()
export class SaveReportDraftHandler {
  constructor(
    private readonly drafts: ReportDraftRepository,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: SaveReportDraftCommand): Promise<ReportDraftView> {
    const problems = [
      ...(findReportingPeriod(command.periodCode) === undefined
        ? [{ field: 'periodCode', problem: `${command.periodCode} is geen rapportageperiode van het programma` }]
        : []),
      ...draftProblems(command.lines),
    ];
    if (problems.length > 0) throw RuleViolation.of(problems);
    const draft = {
      governmentCode: command.governmentCode,
      periodCode: command.periodCode,
      lines: command.lines.map(({ indicatorCode, value, nil, motivation }) => ({ indicatorCode, value, nil, motivation })),
      savedBy: command.savedBy,
      savedAt: this.clock.now(),
    };
    await this.drafts.save(draft);
    return draftView(draft);
  }

  /** The draft is done with (submitted, or thrown away); false when there was none. */
  discard(governmentCode: string, periodCode: string): Promise<boolean> {
    return this.drafts.remove(governmentCode, periodCode);
  }
}
