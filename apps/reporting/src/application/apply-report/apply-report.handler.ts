import { Injectable } from '@nestjs/common';
import { findProjectYear, findReportingPeriod } from '#catalogue';
import type { ReportSubmittedV1, ReportSubmittedV2 } from '#contracts';
import { RuleViolation, supersedes } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { belowContinuationThreshold, expectedByPeriodEnd, expectedShare, isInterimPeriod } from '../../domain/target-check.js';
import { AtRiskFlagRepository } from '../../infrastructure/at-risk-flag.repository.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import { FigureAggregator } from '../aggregate-figures/figure-aggregator.js';
import { IndicatorStatusCheck, type StatusChange } from '../check-targets/indicator-status-check.js';

/** A submitted report as either version of report-submitted carries it (v1 events may still be in the log). */
export type AppliedReport = ReportSubmittedV1 | ReportSubmittedV2;
type AppliedResult = AppliedReport['results'][number];

/**
 * Applies a submitted report to the read models: the counted result per indicator (a newer version
 * replaces an older one, an older one arriving late is ignored), the interim review's at-risk flags, the
 * programme-wide totals, and then the target check of what changed (statuses and their events).
 */
@Injectable()
export class ApplyReportHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly targets: CommittedTargetRepository,
    private readonly results: IndicatorResultRepository,
    private readonly flags: AtRiskFlagRepository,
    private readonly figures: FigureAggregator,
    private readonly statusCheck: IndicatorStatusCheck,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(report: AppliedReport): Promise<StatusChange[]> {
    const period = findReportingPeriod(report.periodCode);
    const projectYear = findProjectYear(report.projectYear);
    if (!period || !projectYear || period.projectYear !== report.projectYear)
      throw new RuleViolation(
        `report ${report.reportId}: period ${report.periodCode} does not belong to project year ${report.projectYear}`,
      );
    const share = expectedShare(period.covers[1], projectYear.start, projectYear.end);
    return this.unitOfWork.run(async () => {
      await this.statusCheck.lock(report.governmentCode, report.projectYear);
      const now = this.clock.now();
      const applied: string[] = [];
      for (const result of report.results)
        if (await this.applyResult(report, result, period.covers[1], share, now)) applied.push(result.indicatorCode);
      return this.statusCheck.recheck({
        governmentCode: report.governmentCode,
        projectYear: report.projectYear,
        indicatorCodes: applied,
        cause: 'report',
        checkedAt: now,
      });
    });
  }

  /** Stores the figure if this version counts; its status is the target check's (recheck), from the stored one on. */
  private async applyResult(
    report: AppliedReport,
    result: AppliedResult,
    periodEndsOn: string,
    share: number,
    now: Date,
  ): Promise<boolean> {
    const key = {
      governmentCode: report.governmentCode,
      projectYear: report.projectYear,
      periodCode: report.periodCode,
      indicatorCode: result.indicatorCode,
    };
    const existing = await this.results.findForUpdate(key);
    if (!supersedes(existing?.reportVersion ?? undefined, report.reportVersion)) return false;
    const committed = await this.targets.find(report.governmentCode, report.projectYear, result.indicatorCode);
    if (!committed)
      throw new RuleViolation(`report ${report.reportId}: no committed target for ${report.governmentCode} / ${result.indicatorCode}`);
    await this.results.save({
      ...key,
      periodEndsOn,
      achieved: result.achieved,
      reportVersion: report.reportVersion,
      target: committed.target,
      expected: expectedByPeriodEnd(committed.target, share),
      // Without a figure the status was not reported; the check that follows announces what it becomes.
      status: existing?.status ?? 'not-reported',
      updatedAt: now,
    });
    if (isInterimPeriod(report.periodCode)) await this.reviewInterim(report, result, committed.target, now);
    await this.figures.reportLineApplied({ ...key, reportVersion: report.reportVersion, achieved: result.achieved });
    return true;
  }

  /**
   * The interim review: below 25% of the target raises the year's at-risk flag (kept as it is once raised, and
   * cleared only by ABB accepting the motivation); a corrected interim figure at or above 25% takes it away.
   */
  private async reviewInterim(report: AppliedReport, result: AppliedResult, target: number, now: Date): Promise<void> {
    const key = { governmentCode: report.governmentCode, projectYear: report.projectYear, indicatorCode: result.indicatorCode };
    const flag = await this.flags.findForUpdate(key);
    if (!belowContinuationThreshold(result.achieved, target)) {
      if (flag) await this.flags.remove(key);
      return;
    }
    await this.flags.save({
      ...key,
      periodCode: report.periodCode,
      achieved: result.achieved,
      target,
      reportVersion: report.reportVersion,
      motivation: result.motivation ?? flag?.motivation ?? null,
      raisedAt: flag?.raisedAt ?? now,
      clearedAt: flag?.clearedAt ?? null,
      clearedBy: flag?.clearedBy ?? null,
      clearReason: flag?.clearReason ?? null,
    });
  }
}
