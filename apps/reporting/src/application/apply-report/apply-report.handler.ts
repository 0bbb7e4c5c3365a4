import { Injectable } from '@nestjs/common';
import { findProjectYear, findReportingPeriod } from '#catalogue';
import { indicatorStatusChangedV1, type IndicatorStatus, type ReportedResultV1, type ReportSubmittedV1 } from '#contracts';
import { RuleViolation, supersedes } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { FigureAggregator } from '../aggregate-figures/figure-aggregator.js';
import { assessIndicator, expectedByPeriodEnd, expectedShare } from '../../domain/target-check.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';

/**
 * Applies a submitted report to the read models: the counted result per indicator (a newer version
 * replaces an older one, an older one arriving late is ignored), its status against what was expected
 * by the end of the period, and the programme-wide totals. A status change is announced.
 */
@Injectable()
export class ApplyReportHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly targets: CommittedTargetRepository,
    private readonly results: IndicatorResultRepository,
    private readonly figures: FigureAggregator,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(report: ReportSubmittedV1): Promise<void> {
    const period = findReportingPeriod(report.periodCode);
    const projectYear = findProjectYear(report.projectYear);
    if (!period || !projectYear || period.projectYear !== report.projectYear)
      throw new RuleViolation(
        `report ${report.reportId}: period ${report.periodCode} does not belong to project year ${report.projectYear}`,
      );
    const share = expectedShare(period.covers[1], projectYear.start, projectYear.end);
    await this.unitOfWork.run(async () => {
      for (const result of report.results) await this.applyResult(report, result, period.covers[1], share);
    });
  }

  private async applyResult(report: ReportSubmittedV1, result: ReportedResultV1, periodEndsOn: string, share: number): Promise<void> {
    const key = {
      governmentCode: report.governmentCode,
      projectYear: report.projectYear,
      periodCode: report.periodCode,
      indicatorCode: result.indicatorCode,
    };
    const existing = await this.results.findForUpdate(key);
    if (!supersedes(existing?.reportVersion, report.reportVersion)) return;
    const committed = await this.targets.find(report.governmentCode, report.projectYear, result.indicatorCode);
    if (!committed)
      throw new RuleViolation(`report ${report.reportId}: no committed target for ${report.governmentCode} / ${result.indicatorCode}`);
    const expected = expectedByPeriodEnd(committed.target, share);
    const status = assessIndicator({ achieved: result.achieved, reported: true, target: committed.target, expected });
    const previousStatus: IndicatorStatus = existing?.status ?? 'not-reported';
    await this.results.save({
      ...key,
      periodEndsOn,
      achieved: result.achieved,
      reportVersion: report.reportVersion,
      target: committed.target,
      expected,
      status,
      updatedAt: new Date(),
    });
    await this.figures.reportLineApplied({ ...key, reportVersion: report.reportVersion, achieved: result.achieved });
    if (status !== previousStatus)
      await this.outbox.append(indicatorStatusChangedV1, {
        key: report.governmentCode,
        payload: { ...key, previousStatus, status, achieved: result.achieved, target: committed.target, expected },
      });
  }
}
