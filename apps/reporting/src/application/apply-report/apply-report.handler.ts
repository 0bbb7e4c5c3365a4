import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { findProjectYear, findReportingPeriod } from '#catalogue';
import { indicatorStatusChangedV1, type IndicatorStatus, type ReportedResultV1, type ReportSubmittedV1 } from '#contracts';
import { OutboxWriter, PermanentEventError } from '#messaging';
import { assessIndicator, expectedByPeriodEnd, expectedShare } from '../../domain/target-check.js';
import { CommittedTargetEntity } from '../../infrastructure/committed-target.entity.js';
import { IndicatorResultEntity } from '../../infrastructure/indicator-result.entity.js';
import { IndicatorTotalsRepository } from '../../infrastructure/indicator-totals.repository.js';

/**
 * Applies a submitted report to the read models: the counted result per indicator (a newer version
 * replaces an older one, an older one arriving late is ignored), its status against what was expected
 * by the end of the period, and the programme-wide totals. A status change is announced.
 */
@Injectable()
export class ApplyReportHandler {
  constructor(
    private readonly totals: IndicatorTotalsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(manager: EntityManager, report: ReportSubmittedV1): Promise<void> {
    const period = findReportingPeriod(report.periodCode);
    const projectYear = findProjectYear(report.projectYear);
    if (!period || !projectYear || period.projectYear !== report.projectYear)
      throw new PermanentEventError(`report ${report.reportId}: period ${report.periodCode} does not belong to project year ${report.projectYear}`);
    const share = expectedShare(period.covers[1], projectYear.start, projectYear.end);
    for (const result of report.results) await this.applyResult(manager, report, result, period.covers[1], share);
  }

  private async applyResult(manager: EntityManager, report: ReportSubmittedV1, result: ReportedResultV1, periodEndsOn: string, share: number): Promise<void> {
    const results = manager.getRepository(IndicatorResultEntity);
    const key = { governmentCode: report.governmentCode, projectYear: report.projectYear, periodCode: report.periodCode, indicatorCode: result.indicatorCode };
    const existing = await results.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
    if (existing && existing.reportVersion >= report.reportVersion) return;
    const committed = await manager.getRepository(CommittedTargetEntity).findOneBy({
      governmentCode: report.governmentCode,
      projectYear: report.projectYear,
      indicatorCode: result.indicatorCode,
    });
    if (!committed) throw new PermanentEventError(`report ${report.reportId}: no committed target for ${report.governmentCode} / ${result.indicatorCode}`);
    const expected = expectedByPeriodEnd(committed.target, share);
    const status = assessIndicator({ achieved: result.achieved, reported: true, target: committed.target, expected });
    const previousStatus: IndicatorStatus = existing?.status ?? 'not-reported';
    await results.save({ ...key, periodEndsOn, achieved: result.achieved, reportVersion: report.reportVersion, target: committed.target, expected, status, updatedAt: new Date() });
    await this.totals.refresh(manager, report.projectYear, result.indicatorCode);
    if (status !== previousStatus)
      await this.outbox.append(manager, indicatorStatusChangedV1, {
        key: report.governmentCode,
        payload: { ...key, previousStatus, status, achieved: result.achieved, target: committed.target, expected },
      });
  }
}
