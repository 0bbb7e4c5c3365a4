import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { findReportingPeriod } from '#catalogue';
import { reportSubmittedV2 } from '#contracts';
import { AuditTrail } from '#auth';
import { Conflict, RuleViolation, type FieldProblem } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import {
  isLate,
  periodStarted,
  reportProblems,
  reportWarnings,
  requestFingerprint,
  type ReportContext,
  type ReportLine,
} from '../../domain/report.js';
import { isInterimPeriod } from '../../domain/target-check.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import type { ReportEntity } from '../../infrastructure/report.entity.js';
import { ReportRepository } from '../../infrastructure/report.repository.js';
import type { SubmitReportCommand } from './submit-report.command.js';

export interface SubmittedReport {
  reportId: string;
  governmentCode: string;
  periodCode: string;
  projectYear: number;
  version: number;
  submittedAt: string;
  due: string;
  late: boolean;
  /** What the report should still explain (an interim figure below 25% of its target without a motivation). */
  warnings: FieldProblem[];
  /** true: the same request came again under its idempotency key; this is the report it made then. */
  replayed: boolean;
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
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: SubmitReportCommand): Promise<SubmittedReport> {
    const period = findReportingPeriod(command.periodCode);
    if (!period) throw RuleViolation.at('periodCode', `${command.periodCode} is geen rapporteringsperiode van Plan Samenleven`);
    const kind = isInterimPeriod(period.code) ? 'interim' : 'annual';
    const fingerprint = createHash('sha256')
      .update(requestFingerprint(command.governmentCode, command.periodCode, command.results))
      .digest('hex');
    return this.unitOfWork.run(async () => {
      const targets = await this.targetsOf(command.governmentCode, period.projectYear);
      if (command.idempotencyKey !== undefined) {
        await this.reports.lockIdempotencyKey(command.governmentCode, command.idempotencyKey);
        const earlier = await this.reports.byIdempotencyKey(command.governmentCode, command.idempotencyKey);
        if (earlier) {
          if (earlier.requestFingerprint !== fingerprint)
            throw new Conflict(
              `Idempotency-Key: ${command.idempotencyKey} was sent before with another request (report ${earlier.id}, ` +
                `${earlier.periodCode} version ${earlier.version}); a new request needs a new key`,
            );
          return view(earlier, reportWarnings(earlier.results, { kind, targets }), true);
        }
      }
      await this.reports.lockSubmissions(command.governmentCode, command.periodCode);
      const previous = await this.reports.latestVersion(command.governmentCode, command.periodCode);
      const now = this.clock.now();
      const context: ReportContext = {
        governmentCode: command.governmentCode,
        projectYear: period.projectYear,
        kind,
        targets,
        ...(previous ? { previous } : {}),
      };
      const problems = [
        ...(periodStarted(now, period.covers[0])
          ? []
          : [{ field: 'periodCode', problem: `${period.code} begint op ${period.covers[0]}; daarvoor valt er niets te rapporteren` }]),
        ...reportProblems(command.results, context),
      ];
      if (problems.length > 0) throw RuleViolation.of(problems);
      const report: ReportEntity = {
        id: randomUUID(),
        governmentCode: command.governmentCode,
        projectYear: period.projectYear,
        periodCode: command.periodCode,
        version: (previous?.version ?? 0) + 1,
        results: command.results.map(normaliseLine),
        submittedBy: command.submittedBy,
        submittedAt: now,
        due: period.due,
        late: isLate(now, period.due),
        idempotencyKey: command.idempotencyKey ?? null,
        requestFingerprint: command.idempotencyKey === undefined ? null : fingerprint,
      };
      await this.reports.insert(report);
      await this.audit.record({ action: 'submit-report', objectType: 'report', objectId: report.id, before: null, after: report });
      await this.outbox.append(reportSubmittedV2, {
        key: report.governmentCode,
        payload: {
          reportId: report.id,
          governmentCode: report.governmentCode,
          projectYear: report.projectYear,
          periodCode: report.periodCode,
          reportVersion: report.version,
          submittedAt: report.submittedAt.toISOString(),
          due: report.due,
          late: report.late,
          results: report.results.map((line) => ({
            indicatorCode: line.indicatorCode,
            achieved: line.achieved,
            motivation: line.motivation ?? null,
          })),
        },
      });
      return view(report, reportWarnings(report.results, { kind, targets }), false);
    });
  }

  private async targetsOf(governmentCode: string, projectYear: number): Promise<Map<string, number>> {
    const targets = await this.targets.ofGovernment(governmentCode, projectYear);
    if (targets.length === 0)
      throw new Conflict(
        `lokaal bestuur ${governmentCode} heeft geen goedgekeurde doelstellingen in projectjaar ${projectYear} om over te rapporteren`,
      );
    return new Map(targets.map((target) => [target.indicatorCode, target.target]));
  }
}

const view = (report: ReportEntity, warnings: FieldProblem[], replayed: boolean): SubmittedReport => ({
  reportId: report.id,
  governmentCode: report.governmentCode,
  periodCode: report.periodCode,
  projectYear: report.projectYear,
  version: report.version,
  submittedAt: report.submittedAt.toISOString(),
  due: report.due,
  late: report.late,
  warnings,
  replayed,
});

const normaliseLine = ({ indicatorCode, achieved, motivation }: ReportLine): ReportLine =>
  motivation === undefined || motivation.trim() === '' ? { indicatorCode, achieved } : { indicatorCode, achieved, motivation };
