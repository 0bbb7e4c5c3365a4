import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { AcceptedReport } from '../domain/public-results.js';
import type { ReportLine } from '../domain/report.js';
import { ReportEntity } from './report.entity.js';

/** One submission at a time per government and period, so versions never collide. */
const REPORT_SUBMISSION_LOCK = lockNamespace('report submission', 301);
/** One request at a time per government and idempotency key, so a double click makes one version. */
const IDEMPOTENCY_KEY_LOCK = lockNamespace('report idempotency key', 310);

export interface ReportFilter {
  governmentCode?: string;
  periodCode?: string;
}

/** Every submitted version of every result report. */
@Injectable()
export class ReportRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Holds other submissions for the same government and period until this unit of work ends. */
  lockSubmissions(governmentCode: string, periodCode: string): Promise<void> {
    return lockUntilCommit(REPORT_SUBMISSION_LOCK, `${governmentCode}:${periodCode}`);
  }

  /** Holds other requests under the same key (whatever their period) until this unit of work ends. */
  lockIdempotencyKey(governmentCode: string, idempotencyKey: string): Promise<void> {
    return lockUntilCommit(IDEMPOTENCY_KEY_LOCK, `${governmentCode}:${idempotencyKey}`);
  }

  byIdempotencyKey(governmentCode: string, idempotencyKey: string): Promise<ReportEntity | null> {
    return this.unitOfWork.manager.getRepository(ReportEntity).findOneBy({ governmentCode, idempotencyKey });
  }

  latestVersion(governmentCode: string, periodCode: string): Promise<ReportEntity | null> {
    return this.unitOfWork.manager
      .getRepository(ReportEntity)
      .findOne({ where: { governmentCode, periodCode }, order: { version: 'DESC' } });
  }

  find(id: string): Promise<ReportEntity | null> {
    return this.unitOfWork.manager.getRepository(ReportEntity).findOneBy({ id });
  }

  list(filter: ReportFilter): Promise<ReportEntity[]> {
    return this.unitOfWork.manager.getRepository(ReportEntity).find({
      where: {
        ...(filter.governmentCode === undefined ? {} : { governmentCode: filter.governmentCode }),
        ...(filter.periodCode === undefined ? {} : { periodCode: filter.periodCode }),
      },
      order: { governmentCode: 'ASC', projectYear: 'ASC', periodCode: 'ASC', version: 'ASC' },
    });
  }

  /** Every stored version of a government's reports in a project year, oldest first. */
  ofGovernmentYear(governmentCode: string, projectYear: number): Promise<ReportEntity[]> {
    return this.unitOfWork.manager
      .getRepository(ReportEntity)
      .find({ where: { governmentCode, projectYear }, order: { periodCode: 'ASC', version: 'ASC' } });
  }

  /** The versions ABB accepted in a project year (of one government when named): what the public results show. */
  async acceptedOfYear(projectYear: number, governmentCode?: string): Promise<AcceptedReport[]> {
    const rows = await this.unitOfWork.manager.query<
      { government_code: string; period_code: string; version: number; submitted_at: Date; results: ReportLine[] }[]
    >(
      `SELECT r.government_code, r.period_code, r.version, r.submitted_at, r.results
         FROM report r JOIN report_review v ON v.report_id = r.id AND v.outcome = 'accepted'
        WHERE r.project_year = $1 AND ($2::varchar IS NULL OR r.government_code = $2)`,
      [projectYear, governmentCode ?? null],
    );
    return rows.map((row) => ({
      governmentCode: row.government_code,
      periodCode: row.period_code,
      version: row.version,
      submittedAt: new Date(row.submitted_at),
      results: row.results,
    }));
  }

  async insert(report: ReportEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(ReportEntity).insert(report);
  }
}
