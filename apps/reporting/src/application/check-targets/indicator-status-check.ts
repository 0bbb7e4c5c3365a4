import { Injectable } from '@nestjs/common';
import { indicatorStatusChangedV2, periodStatusSummarisedV1, type IndicatorStatus, type StatusCause } from '#contracts';
import { OutboxWriter } from '#messaging';
import { lockNamespace, lockUntilCommit } from '#persistence';
import { assessIndicator, summarisePeriod } from '../../domain/target-check.js';
import { AtRiskFlagRepository } from '../../infrastructure/at-risk-flag.repository.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import { TargetCheckSettings } from './target-check-settings.js';

/** One target check of a government's project year at a time: a report, a due date and a cleared flag never interleave. */
const TARGET_CHECK_LOCK = lockNamespace('target check', 311);

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
  ) {}

  /** Call first in the unit of work, before reading the figures it will change. */
  lock(governmentCode: string, projectYear: number): Promise<void> {
    return lockUntilCommit(TARGET_CHECK_LOCK, `${governmentCode}:${projectYear}`);
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
        await this.results.save({ ...row, status, updatedAt: request.checkedAt });
        await this.outbox.append(indicatorStatusChangedV2, {
          key: governmentCode,
          payload: {
            governmentCode,
            indicatorCode,
            projectYear,
            periodCode: row.periodCode,
            previousStatus,
            status,
            achieved: row.achieved,
            target: row.target,
            expected: row.expected,
            tolerance,
            cause,
            reportVersion: row.reportVersion,
          },
        });
        changes.push({ indicatorCode, periodCode: row.periodCode, previousStatus, status });
      }
    }
    for (const periodCode of [...new Set(changes.map((change) => change.periodCode))].sort())
      await this.summarise(governmentCode, projectYear, periodCode, cause, request.checkedAt);
    return changes;
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
