import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { findReportingPeriod } from '#catalogue';
import { reportSubmittedV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { Conflict, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { checkCorrectionCovers, checkReportLines, type ReportLine } from '../../domain/report.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { ReportRepository } from '../../infrastructure/report.repository.js';
import type { SubmitReportCommand } from './submit-report.command.js';

export interface SubmittedReport {
  reportId: string;
  governmentCode: string;
  periodCode: string;
  projectYear: number;
  version: number;
  submittedAt: string;
}

/** Stores a new version of a result report and announces it; aggregation and target checks follow from the event. */
@Injectable()
export class SubmitReportHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reports: ReportRepository,
    private readonly targets: CommittedTargetRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: SubmitReportCommand): Promise<SubmittedReport> {
    const period = findReportingPeriod(command.periodCode);
    if (!period) throw new RuleViolation(`periodCode: ${command.periodCode} is not a reporting period of Plan Samenleven`);
    return this.unitOfWork.run(async () => {
      await this.checkAgainstTargets(command, period.projectYear);
      await this.reports.lockSubmissions(command.governmentCode, command.periodCode);
      const previous = await this.reports.latestVersion(command.governmentCode, command.periodCode);
      if (previous) checkCorrectionCovers(command.results, previous);
      const report = {
        id: randomUUID(),
        governmentCode: command.governmentCode,
        projectYear: period.projectYear,
        periodCode: command.periodCode,
        version: (previous?.version ?? 0) + 1,
        results: command.results.map(normaliseLine),
        submittedBy: command.submittedBy,
        submittedAt: new Date(),
      };
      await this.reports.insert(report);
      await this.audit.record({ action: 'submit-report', objectType: 'report', objectId: report.id, before: null, after: report });
      await this.outbox.append(reportSubmittedV1, {
        key: report.governmentCode,
        payload: {
          reportId: report.id,
          governmentCode: report.governmentCode,
          projectYear: report.projectYear,
          periodCode: report.periodCode,
          reportVersion: report.version,
          submittedAt: report.submittedAt.toISOString(),
          results: report.results,
        },
      });
      return {
        reportId: report.id,
        governmentCode: report.governmentCode,
        periodCode: report.periodCode,
        projectYear: report.projectYear,
        version: report.version,
        submittedAt: report.submittedAt.toISOString(),
      };
    });
  }

  private async checkAgainstTargets(command: SubmitReportCommand, projectYear: number): Promise<void> {
    const targets = await this.targets.ofGovernment(command.governmentCode, projectYear);
    if (targets.length === 0)
      throw new Conflict(`local government ${command.governmentCode} has no approved targets in project year ${projectYear} to report on`);
    checkReportLines(command.results, new Set(targets.map((target) => target.indicatorCode)), command.governmentCode, projectYear);
  }
}

const normaliseLine = ({ indicatorCode, achieved, motivation }: ReportLine): ReportLine =>
  motivation === undefined ? { indicatorCode, achieved } : { indicatorCode, achieved, motivation };
