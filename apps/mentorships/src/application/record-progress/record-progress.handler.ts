import { Injectable } from '@nestjs/common';
import { memberProgressRecordedV1, type ReportSubmittedV1, type ReportSubmittedV2 } from '#contracts';
import { supersedes } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { progressOf, type MemberProgress } from '../../domain/member-progress.js';
import { MemberProgressRepository } from '../../infrastructure/member-progress.repository.js';

/**
 * Keeps each member's latest reported total per indicator and period: a newer report version replaces
 * an older one, an older one arriving late is ignored. Each recorded line is announced, so a mentor
 * can follow whether lagging members catch up. For the walking skeleton every reporting government
 * counts as a member of the network of the indicator's action.
 */
@Injectable()
export class RecordProgressHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly progress: MemberProgressRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: ProgrammeClock,
  ) {}

  /** Returns how many lines were recorded (0 when the report was older than what is known). */
  async execute(report: ReportSubmittedV1 | ReportSubmittedV2): Promise<number> {
    const lines = report.results.map((result) =>
      progressOf({
        governmentCode: report.governmentCode,
        indicatorCode: result.indicatorCode,
        projectYear: report.projectYear,
        periodCode: report.periodCode,
        achieved: result.achieved,
        reportVersion: report.reportVersion,
      }),
    );
    return this.unitOfWork.run(async () => {
      let recorded = 0;
      // Programme time: a simulated or replayed programme dates its progress on its own calendar.
      const recordedAt = this.clock.now();
      for (const line of lines) if (await this.record(report.reportId, line, recordedAt)) recorded += 1;
      return recorded;
    });
  }

  private async record(reportId: string, progress: MemberProgress, recordedAt: Date): Promise<boolean> {
    const key = { governmentCode: progress.governmentCode, indicatorCode: progress.indicatorCode, periodCode: progress.periodCode };
    await this.progress.lock(key);
    const existing = await this.progress.find(key);
    if (!supersedes(existing?.reportVersion, progress.reportVersion)) return false;
    await this.progress.save({
      ...key,
      projectYear: progress.projectYear,
      networkId: progress.networkId,
      achieved: progress.achieved,
      reportId,
      reportVersion: progress.reportVersion,
      recordedAt,
    });
    await this.outbox.append(memberProgressRecordedV1, {
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
