import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { memberProgressRecordedV1, type ReportSubmittedV1 } from '#contracts';
import { OutboxWriter, PermanentEventError } from '#messaging';
import { progressOf, supersedes, type MemberProgress } from '../../domain/member-progress.js';
import { MemberProgressEntity } from '../../infrastructure/member-progress.entity.js';

/**
 * Keeps each member's latest reported total per indicator and period: a newer report version replaces
 * an older one, an older one arriving late is ignored. Each recorded line is announced, so a mentor
 * can follow whether lagging members catch up. For the walking skeleton every reporting government
 * counts as a member of the network of the indicator's action.
 */
@Injectable()
export class RecordProgressHandler {
  constructor(private readonly outbox: OutboxWriter) {}

  /** Returns how many lines were recorded (0 when the report was older than what is known). */
  async execute(manager: EntityManager, report: ReportSubmittedV1): Promise<number> {
    let recorded = 0;
    for (const result of report.results) {
      const progress = this.progress(report, result.indicatorCode, result.achieved);
      if (await this.record(manager, report.reportId, progress)) recorded += 1;
    }
    return recorded;
  }

  private progress(report: ReportSubmittedV1, indicatorCode: string, achieved: number | null): MemberProgress {
    try {
      return progressOf({ governmentCode: report.governmentCode, indicatorCode, projectYear: report.projectYear, periodCode: report.periodCode, achieved, reportVersion: report.reportVersion });
    } catch (error) {
      if (error instanceof RangeError) throw new PermanentEventError(`report ${report.reportId}: ${error.message}`);
      throw error;
    }
  }

  private async record(manager: EntityManager, reportId: string, progress: MemberProgress): Promise<boolean> {
    const rows = manager.getRepository(MemberProgressEntity);
    const key = { governmentCode: progress.governmentCode, indicatorCode: progress.indicatorCode, periodCode: progress.periodCode };
    // Versions of one government's report arrive on one partition, but a lock keeps a replay from racing them.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`member-progress:${key.governmentCode}:${key.indicatorCode}:${key.periodCode}`]);
    const existing = await rows.findOneBy(key);
    if (!supersedes(existing?.reportVersion, progress.reportVersion)) return false;
    await rows.save({ ...key, projectYear: progress.projectYear, networkId: progress.networkId, achieved: progress.achieved, reportId, reportVersion: progress.reportVersion, recordedAt: new Date() });
    await this.outbox.append(manager, memberProgressRecordedV1, {
      key: progress.governmentCode,
      payload: {
        governmentCode: progress.governmentCode,
        networkId: progress.networkId,
        indicatorCode: progress.indicatorCode,
        projectYear: progress.projectYear,
        periodCode: progress.periodCode,
        achieved: progress.achieved,
      },
    });
    return true;
  }
}
