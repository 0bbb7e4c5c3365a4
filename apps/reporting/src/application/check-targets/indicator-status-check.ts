import { Injectable } from '@nestjs/common';
import { indicatorStatusChangedV2, periodStatusSummarisedV1, type IndicatorStatus, type StatusCause } from '#contracts';
import { OutboxWriter } from '#messaging';
import { lockNamespace, lockUntilCommit } from '#persistence';
import { assessIndicator, summarisePeriod } from '../../domain/target-check.js';
import { AtRiskFlagRepository } from '../../infrastructure/at-risk-flag.repository.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import type { IndicatorResultEntity } from '../../infrastructure/indicator-result.entity.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import { StatusReconciler } from './status-reconciler.js';
import { TargetCheckSettings } from './target-check-settings.js';

/**
 * One target check of a government's project year at a time: a report, a due date, a cleared flag, a target change
 * and a rebuild never interleave. Taken before the figures lock of the year (as every caller does), never after.
 */
const TARGET_CHECK_LOCK = lockNamespace('target check', 311);

export const lockTargetCheck = (governmentCode: string, projectYear: number): Promise<void> =>
  lockUntilCommit(TARGET_CHECK_LOCK, `${governmentCode}:${projectYear}`);

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
    const { governmentCode, projectYear, cause } = request;
    const tolerance = this.settings.laggingTolerance;
    const changes: StatusChange[] = [];
    for (const indicatorCode of [...new Set(request.indicatorCodes)].sort()) {
      const flag = await this.flags.find({ governmentCode, projectYear, indicatorCode });
      const atRiskFlagged = flag !== null && flag.clearedAt === null;
      for (const row of await this.results.ofIndicator(governmentCode, projectYear, indicatorCode)) {
        const status = assessIndicator({
          reported: row.reportVersion !== null,
          achieved: row.achieved,
          target: row.target,
          expected: row.expected,
          tolerance,
          atRiskFlagged,
        });
        if (status === row.status) continue;
        const previousStatus = row.status;
        const changed = { ...row, status, updatedAt: request.checkedAt };
        await this.results.save(changed);
        await this.announce(changed, previousStatus, cause);
        changes.push({ indicatorCode, periodCode: row.periodCode, previousStatus, status });
      }
    }
    for (const periodCode of [...new Set(changes.map((change) => change.periodCode))].sort())
      await this.summarise(governmentCode, projectYear, periodCode, cause, request.checkedAt);
    return changes;
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
        indicatorCount: (await this.targets.ofGovernment(governmentCode, projectYear)).length,
        checkedAt: checkedAt.toISOString(),
      },
    });
  }
}
