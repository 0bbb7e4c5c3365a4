import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { ReportEntity } from './report.entity.js';

/** One submission at a time per government and period, so versions never collide. */
const REPORT_SUBMISSION_LOCK = lockNamespace('report submission', 301);

/** Every submitted version of every result report. */
@Injectable()
export class ReportRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Holds other submissions for the same government and period until this unit of work ends. */
  lockSubmissions(governmentCode: string, periodCode: string): Promise<void> {
    return lockUntilCommit(REPORT_SUBMISSION_LOCK, `${governmentCode}:${periodCode}`);
  }

  latestVersion(governmentCode: string, periodCode: string): Promise<ReportEntity | null> {
    return this.unitOfWork.manager
      .getRepository(ReportEntity)
      .findOne({ where: { governmentCode, periodCode }, order: { version: 'DESC' } });
  }

  async insert(report: ReportEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(ReportEntity).insert(report);
  }
}
