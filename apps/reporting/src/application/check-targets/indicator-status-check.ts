import { Injectable } from '@nestjs/common';
import { indicatorStatusChangedV2, periodStatusSummarisedV1, type IndicatorStatus, type StatusCause } from '#contracts';
import { OutboxWriter } from '#messaging';
import { lockNamespace, lockUntilCommit } from '#persistence';
import { assessIndicator, summarisePeriod } from '../../domain/target-check.js';
import { AtRiskFlagRepository } from '../../infrastructure/at-risk-flag.repository.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import type { AtRiskFlagEntity } from '../../infrastructure/at-risk-flag.entity.js';
import type { IndicatorResultEntity } from '../../infrastructure/indicator-result.entity.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import { StatusReconciler, type ReconciledChange } from './status-reconciler.js';
import { TargetCheckSettings } from './target-check-settings.js';

/**
 * One target check of a government's project year at a time: a report, a due date, a cleared flag, a target change
 * and a rebuild never interleave. Taken before the figures lock of the year (as every caller does), never after.
 */
export const TARGET_CHECK_LOCK = lockNamespace('target check', 311);

export const targetCheckKey = (governmentCode: string, projectYear: number): string => `${governmentCode}:${projectYear}`;

export const lockTargetCheck = (governmentCode: string, projectYear: number): Promise<void> =>
  lockUntilCommit(TARGET_CHECK_LOCK, targetCheckKey(governmentCode, projectYear));

export interface StatusChange {
  indicatorCode: string;
  periodCode: string;
  previousStatus: IndicatorStatus;
  status: IndicatorStatus;
}

export interface RecheckRequest {
  governmentCode: string;
  projectYear: number;
  /** The indicators whose figures or flags changed; every period of the year holding a figure for them is checked. */
  indicatorCodes: readonly string[];
  cause: StatusCause;
  checkedAt: Date;
}

/**
 * The target check as the programme defines it, run inside the caller's unit of work: each stored figure gets its
 * status from the rules (domain/target-check.ts) and the year's at-risk flag; a changed status is saved and
 * announced (indicator-status-changed v2), and every period with a change gets one summary (period-status-summarised).
 */
@Injectable()
export class IndicatorStatusCheck {
  constructor(
    private readonly results: IndicatorResultRepository,
    private readonly flags: AtRiskFlagRepository,
    private readonly targets: CommittedTargetRepository,
    private readonly outbox: OutboxWriter,
    private readonly settings: TargetCheckSettings,
    private readonly reconciler: StatusReconciler,
  ) {}

  /** Call first in the unit of work, before reading the figures it will change. */
  lock(governmentCode: string, projectYear: number): Promise<void> {
    return lockTargetCheck(governmentCode, projectYear);
  }

  /**
   * The government's committed targets of the year changed (a decision or an accepted amendment): every status and
   * flag of the year is checked against the new targets (an indicator the revision dropped has no status any more, one
   * it added is not reported for a period already overdue). Only actual status changes are announced (cause
   * target-changed), and, as after a report, one summary per period whose statuses or indicators changed.
   */
  async targetsChanged(governmentCode: string, projectYear: number, checkedAt: Date): Promise<StatusChange[]> {
    const { changes, periodsChanged } = await this.reconciler.reconcile(governmentCode, projectYear, 'targets-changed', checkedAt);
    for (const { previousStatus, row } of changes) await this.announce(row, previousStatus, 'target-changed');
    for (const periodCode of periodsChanged) await this.summarise(governmentCode, projectYear, periodCode, 'target-changed', checkedAt);
    return changes.map(({ previousStatus, row }) => ({
      indicatorCode: row.indicatorCode,
      periodCode: row.periodCode,
      previousStatus,
      status: row.status,
    }));
  }

  async recheck(request: RecheckRequest): Promise<StatusChange[]> {
    const { governmentCode, projectYear } = request;
    const rows = await this.results.ofGovernmentForUpdate(governmentCode, projectYear);
    const flags = await this.flags.ofGovernment(governmentCode, projectYear);
    const changed = this.assess(rows, openFlagsOf(flags), request.indicatorCodes, request.checkedAt);
    await this.results.saveMany(changed.map(({ row }) => row));
    const indicatorCount = (await this.targets.ofGovernment(governmentCode, projectYear)).length;
    return this.announceAll(request, changed, mergeRows(rows, changed), indicatorCount);
  }

  /**
   * The statuses the rules give these indicators' rows (every period of the year) from their figures and the year's
   * open at-risk flags: the rows whose status changes, as saved, in the order they are announced (by indicator, then
   * period). Reads and writes nothing: the caller has the rows (locked) and saves what changed.
   */
  assess(
    rows: readonly IndicatorResultEntity[],
    openFlags: ReadonlySet<string>,
    indicatorCodes: readonly string[],
    checkedAt: Date,
  ): ReconciledChange[] {
    const tolerance = this.settings.laggingTolerance;
    const checked = new Set(indicatorCodes);
    const changed: ReconciledChange[] = [];
    const ordered = rows
      .filter((row) => checked.has(row.indicatorCode))
      .sort((a, b) => byCode(a.indicatorCode, b.indicatorCode) || byCode(a.periodEndsOn, b.periodEndsOn));
    for (const row of ordered) {
      const status = assessIndicator({
        reported: row.reportVersion !== null,
        achieved: row.achieved,
        target: row.target,
        expected: row.expected,
        tolerance,
        atRiskFlagged: openFlags.has(row.indicatorCode),
      });
      if (status !== row.status) changed.push({ previousStatus: row.status, row: { ...row, status, updatedAt: checkedAt } });
    }
    return changed;
  }

  /**
   * Announces saved status changes (indicator-status-changed v2 each) and one summary per period with a change, from
   * `rows`, every row of the government's year as saved; `indicatorCount` is its committed targets of the year.
   */
  async announceAll(
    request: Pick<RecheckRequest, 'governmentCode' | 'projectYear' | 'cause' | 'checkedAt'>,
    changed: readonly ReconciledChange[],
    rows: readonly IndicatorResultEntity[],
    indicatorCount: number,
  ): Promise<StatusChange[]> {
    for (const { previousStatus, row } of changed) await this.announce(row, previousStatus, request.cause);
    for (const periodCode of [...new Set(changed.map(({ row }) => row.periodCode))].sort())
      await this.summariseRows(
        request.governmentCode,
        request.projectYear,
        periodCode,
        rows.filter((row) => row.periodCode === periodCode).sort((a, b) => byCode(a.indicatorCode, b.indicatorCode)),
        indicatorCount,
        request.cause,
        request.checkedAt,
      );
    return changed.map(({ previousStatus, row }) => ({
      indicatorCode: row.indicatorCode,
      periodCode: row.periodCode,
      previousStatus,
      status: row.status,
    }));
  }

  private async announce(row: IndicatorResultEntity, previousStatus: IndicatorStatus, cause: StatusCause): Promise<void> {
    await this.outbox.append(indicatorStatusChangedV2, {
      key: row.governmentCode,
      payload: {
        governmentCode: row.governmentCode,
        indicatorCode: row.indicatorCode,
        projectYear: row.projectYear,
        periodCode: row.periodCode,
        previousStatus,
        status: row.status,
        achieved: row.achieved,
        target: row.target,
        expected: row.expected,
        tolerance: this.settings.laggingTolerance,
        cause,
        reportVersion: row.reportVersion,
      },
    });
  }

  /** One summary of a government's period: which of its indicators are lagging, at risk and not reported. */
  async summarise(governmentCode: string, projectYear: number, periodCode: string, cause: StatusCause, checkedAt: Date): Promise<void> {
    const rows = await this.results.ofPeriod(governmentCode, periodCode);
    const indicatorCount = (await this.targets.ofGovernment(governmentCode, projectYear)).length;
    await this.summariseRows(governmentCode, projectYear, periodCode, rows, indicatorCount, cause, checkedAt);
  }

  private async summariseRows(
    governmentCode: string,
    projectYear: number,
    periodCode: string,
    rows: readonly IndicatorResultEntity[],
    indicatorCount: number,
    cause: StatusCause,
    checkedAt: Date,
  ): Promise<void> {
    const versions = rows.map((row) => row.reportVersion).filter((version): version is number => version !== null);
    const { lagging, atRisk, notReported } = summarisePeriod(rows);
    await this.outbox.append(periodStatusSummarisedV1, {
      key: governmentCode,
      payload: {
        governmentCode,
        projectYear,
        periodCode,
        cause,
        reportVersion: versions.length === 0 ? null : Math.max(...versions),
        lagging,
        atRisk,
        notReported,
        indicatorCount,
        checkedAt: checkedAt.toISOString(),
      },
    });
  }
}

/** The order of Array.prototype.sort (code units), which the checks have always announced in. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The indicators whose at-risk flag is raised and not cleared by ABB. */
export const openFlagsOf = (flags: readonly AtRiskFlagEntity[]): Set<string> =>
  new Set(flags.filter((flag) => flag.clearedAt === null).map((flag) => flag.indicatorCode));

/** The rows with the changed ones in their place. */
export const mergeRows = (rows: readonly IndicatorResultEntity[], changed: readonly ReconciledChange[]): IndicatorResultEntity[] => {
  const byKey = new Map(rows.map((row) => [`${row.periodCode}\u0000${row.indicatorCode}`, row]));
  for (const { row } of changed) byKey.set(`${row.periodCode}\u0000${row.indicatorCode}`, row);
  return [...byKey.values()];
};
