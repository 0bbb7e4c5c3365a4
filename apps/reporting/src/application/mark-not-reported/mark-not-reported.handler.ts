import { Injectable } from '@nestjs/common';
import { findProjectYear, findReportingPeriod } from '#catalogue';
import { Conflict, RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { programmeDay } from '../../domain/report.js';
import { expectedByPeriodEnd, expectedShare } from '../../domain/target-check.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import { IndicatorStatusCheck } from '../check-targets/indicator-status-check.js';

export interface MarkNotReportedCommand {
  governmentCode: string;
  periodCode: string;
}

export interface MarkedNotReported {
  governmentCode: string;
  periodCode: string;
  /** The approved indicators that had no figure when the due date passed, newly recorded as not reported. */
  notReported: string[];
}

/**
 * The due date of a period passed: every approved indicator of the government without a figure for it is recorded
 * as not reported (shown by GET /statuses, counted in the period summary). Without a figure the status already was
 * not reported, so no indicator-status-changed follows; one period-status-summarised (cause due-date) does, when
 * anything was recorded. Safe to call again: an indicator already recorded, or reported, is left alone.
 */
@Injectable()
export class MarkNotReportedHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly targets: CommittedTargetRepository,
    private readonly results: IndicatorResultRepository,
    private readonly statusCheck: IndicatorStatusCheck,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: MarkNotReportedCommand): Promise<MarkedNotReported> {
    const period = findReportingPeriod(command.periodCode);
    const year = period && findProjectYear(period.projectYear);
    if (!period || !year) throw RuleViolation.at('periodCode', `${command.periodCode} is not a reporting period of Plan Samenleven`);
    const now = this.clock.now();
    if (programmeDay(now) <= period.due)
      throw new Conflict(`periodCode: ${period.code} is due on ${period.due}; on ${programmeDay(now)} it is not overdue yet`);
    const expectedOf = (target: number): number => expectedByPeriodEnd(target, expectedShare(period.covers[1], year.start, year.end));
    return this.unitOfWork.run(async () => {
      await this.statusCheck.lock(command.governmentCode, period.projectYear);
      const notReported: string[] = [];
      for (const target of await this.targets.ofGovernment(command.governmentCode, period.projectYear)) {
        const recorded = await this.results.insertMissing({
          governmentCode: command.governmentCode,
          projectYear: period.projectYear,
          periodCode: period.code,
          indicatorCode: target.indicatorCode,
          periodEndsOn: period.covers[1],
          achieved: null,
          reportVersion: null,
          target: target.target,
          expected: expectedOf(target.target),
          status: 'not-reported',
          updatedAt: now,
        });
        if (recorded) notReported.push(target.indicatorCode);
      }
      notReported.sort();
      if (notReported.length > 0)
        await this.statusCheck.summarise(command.governmentCode, period.projectYear, period.code, 'due-date', now);
      return { governmentCode: command.governmentCode, periodCode: period.code, notReported };
    });
  }
}
