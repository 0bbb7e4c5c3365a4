import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { findReportingPeriod } from '#catalogue';
import { reportSubmittedV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { OutboxWriter } from '#messaging';
import { checkCorrectionCovers, checkReportLines, ReportRuleViolation, type ReportLine } from '../../domain/report.js';
import { CommittedTargetEntity } from '../../infrastructure/committed-target.entity.js';
import { ReportEntity } from '../../infrastructure/report.entity.js';
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
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: SubmitReportCommand): Promise<SubmittedReport> {
    const period = findReportingPeriod(command.periodCode);
    if (!period) throw new BadRequestException(`periodCode: ${command.periodCode} is not a reporting period of Plan Samenleven`);
    return this.dataSource.transaction(async (manager) => {
      await this.checkAgainstTargets(manager, command, period.projectYear);
      // One submission at a time per government and period, so versions never collide.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`report:${command.governmentCode}:${command.periodCode}`]);
      const previous = await manager.getRepository(ReportEntity).findOne({
        where: { governmentCode: command.governmentCode, periodCode: command.periodCode },
        order: { version: 'DESC' },
      });
      if (previous) refuseBrokenRule(() => checkCorrectionCovers(command.results, previous));
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
      await manager.getRepository(ReportEntity).insert(report);
      await this.audit.record(manager, { action: 'submit-report', objectType: 'report', objectId: report.id, before: null, after: report });
      await this.outbox.append(manager, reportSubmittedV1, {
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
      return { reportId: report.id, governmentCode: report.governmentCode, periodCode: report.periodCode, projectYear: report.projectYear, version: report.version, submittedAt: report.submittedAt.toISOString() };
    });
  }

  private async checkAgainstTargets(manager: EntityManager, command: SubmitReportCommand, projectYear: number): Promise<void> {
    const targets = await manager.getRepository(CommittedTargetEntity).findBy({ governmentCode: command.governmentCode, projectYear });
    if (targets.length === 0) throw new ConflictException(`local government ${command.governmentCode} has no approved targets in project year ${projectYear} to report on`);
    refuseBrokenRule(() => checkReportLines(command.results, new Set(targets.map((target) => target.indicatorCode)), command.governmentCode, projectYear));
  }
}

/** A report rule broken by the request is the caller's to fix: 400 with the rule's message. */
const refuseBrokenRule = (check: () => void): void => {
  try {
    check();
  } catch (error) {
    if (error instanceof ReportRuleViolation) throw new BadRequestException(error.message);
    throw error;
  }
};

const normaliseLine = ({ indicatorCode, achieved, motivation }: ReportLine): ReportLine =>
  motivation === undefined ? { indicatorCode, achieved } : { indicatorCode, achieved, motivation };
