import { Injectable } from '@nestjs/common';
import { findProjectYear, findReportingPeriod } from '#catalogue';
import type { ReportSubmittedV1, ReportSubmittedV2 } from '#contracts';
import { RuleViolation, supersedes } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { belowContinuationThreshold, expectedByPeriodEnd, expectedShare, isInterimPeriod } from '../../domain/target-check.js';
import { AtRiskFlagRepository } from '../../infrastructure/at-risk-flag.repository.js';
import { FIGURES_LOCK } from '../../infrastructure/figures.repository.js';
import { GovernmentYearRepository } from '../../infrastructure/government-year.repository.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import type { AtRiskFlagEntity } from '../../infrastructure/at-risk-flag.entity.js';
import type { IndicatorResultEntity } from '../../infrastructure/indicator-result.entity.js';
import { FigureAggregator, type ReportedLine } from '../aggregate-figures/figure-aggregator.js';
import {
  IndicatorStatusCheck,
  openFlagsOf,
  TARGET_CHECK_LOCK,
  targetCheckKey,
  type StatusChange,
} from '../check-targets/indicator-status-check.js';

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
    private readonly year: GovernmentYearRepository,
    private readonly results: IndicatorResultRepository,
    private readonly flags: AtRiskFlagRepository,
    private readonly figures: FigureAggregator,
    private readonly statusCheck: IndicatorStatusCheck,
    private readonly clock: ProgrammeClock,
  ) {}

  /**
   * In a few statements whatever the number of lines: the year's rows, targets and flags of the government read (and
   * locked) at once, the rules applied in memory, and each table written once; the programme-wide figures last.
   */
  async execute(report: AppliedReport): Promise<StatusChange[]> {
    const period = findReportingPeriod(report.periodCode);
    const projectYear = findProjectYear(report.projectYear);
    if (!period || !projectYear || period.projectYear !== report.projectYear)
      throw new RuleViolation(
        `report ${report.reportId}: period ${report.periodCode} does not belong to project year ${report.projectYear}`,
      );
    const share = expectedShare(period.covers[1], projectYear.start, projectYear.end);
    const { governmentCode } = report;
    return this.unitOfWork.run(async () => {
      // The target check's lock of the government's year, then the figures lock of the year shared: one round trip.
      await this.year.lockBoth(
        TARGET_CHECK_LOCK,
        targetCheckKey(governmentCode, report.projectYear),
        FIGURES_LOCK,
        String(report.projectYear),
      );
      const now = this.clock.now();
      const held = await this.year.read(governmentCode, report.projectYear);
      const rows = new Map(held.results.map((row) => [rowKey(row), row]));
      const targets = held.targets;
      const flags = new InterimFlags(held.flags);
      const written = new Map<string, IndicatorResultEntity>();
      const lines: ReportedLine[] = [];
      for (const result of report.results) {
        const key = rowKey({ periodCode: report.periodCode, indicatorCode: result.indicatorCode });
        const existing = rows.get(key);
        if (!supersedes(existing?.reportVersion ?? undefined, report.reportVersion)) continue;
        const target = targets.get(result.indicatorCode);
        if (target === undefined)
          throw new RuleViolation(`report ${report.reportId}: no committed target for ${governmentCode} / ${result.indicatorCode}`);
        const row: IndicatorResultEntity = {
          governmentCode,
          projectYear: report.projectYear,
          periodCode: report.periodCode,
          indicatorCode: result.indicatorCode,
          periodEndsOn: period.covers[1],
          achieved: result.achieved,
          reportVersion: report.reportVersion,
          target,
          expected: expectedByPeriodEnd(target, share),
          // Without a figure the status was not reported; the check that follows announces what it becomes.
          status: existing?.status ?? 'not-reported',
          updatedAt: now,
        };
        rows.set(key, row);
        written.set(key, row);
        if (isInterimPeriod(report.periodCode)) flags.review(report, result, target, now);
        lines.push({
          governmentCode,
          projectYear: report.projectYear,
          periodCode: report.periodCode,
          reportVersion: report.reportVersion,
          indicatorCode: result.indicatorCode,
          achieved: result.achieved,
        });
      }
      await this.flags.removeMany(governmentCode, report.projectYear, flags.removed());
      await this.flags.saveMany(flags.saved());
      const request = { governmentCode, projectYear: report.projectYear, cause: 'report' as const, checkedAt: now };
      const changed = this.statusCheck.assess(
        [...rows.values()],
        flags.open(),
        lines.map((line) => line.indicatorCode),
        now,
      );
      for (const { row } of changed) {
        rows.set(rowKey(row), row);
        written.set(rowKey(row), row);
      }
      await this.results.saveMany([...written.values()]);
      const changes = await this.statusCheck.announceAll(request, changed, [...rows.values()], targets.size);
      await this.figures.reportApplied(governmentCode, report.projectYear, lines, held.figures);
      return changes;
    });
  }
}

const rowKey = (row: { periodCode: string; indicatorCode: string }): string => `${row.periodCode}\u0000${row.indicatorCode}`;

/**
 * The interim review of a report's lines, on the government's flags of the year as read: below 25% of the target
 * raises the year's at-risk flag (kept as it is once raised, and cleared only by ABB accepting the motivation); a
 * corrected interim figure at or above 25% takes it away. What changed is written afterwards, once.
 */
class InterimFlags {
  private readonly flags: Map<string, AtRiskFlagEntity>;
  private readonly changed = new Map<string, AtRiskFlagEntity | null>();

  constructor(held: readonly AtRiskFlagEntity[]) {
    this.flags = new Map(held.map((flag) => [flag.indicatorCode, flag]));
  }

  review(report: AppliedReport, result: AppliedResult, target: number, now: Date): void {
    const flag = this.flags.get(result.indicatorCode);
    if (!belowContinuationThreshold(result.achieved, target)) {
      if (flag) {
        this.flags.delete(result.indicatorCode);
        this.changed.set(result.indicatorCode, null);
      }
      return;
    }
    const raised: AtRiskFlagEntity = {
      governmentCode: report.governmentCode,
      projectYear: report.projectYear,
      indicatorCode: result.indicatorCode,
      periodCode: report.periodCode,
      achieved: result.achieved,
      target,
      reportVersion: report.reportVersion,
      motivation: result.motivation ?? flag?.motivation ?? null,
      raisedAt: flag?.raisedAt ?? now,
      clearedAt: flag?.clearedAt ?? null,
      clearedBy: flag?.clearedBy ?? null,
      clearReason: flag?.clearReason ?? null,
    };
    this.flags.set(result.indicatorCode, raised);
    this.changed.set(result.indicatorCode, raised);
  }

  /** Indicators whose flag was taken away (a flag raised again afterwards is saved instead). */
  removed(): string[] {
    return [...this.changed].filter(([, flag]) => flag === null).map(([indicatorCode]) => indicatorCode);
  }

  saved(): AtRiskFlagEntity[] {
    return [...this.changed.values()].filter((flag): flag is AtRiskFlagEntity => flag !== null);
  }

  open(): Set<string> {
    return openFlagsOf([...this.flags.values()]);
  }
}
