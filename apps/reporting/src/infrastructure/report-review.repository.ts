import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { UnitOfWork } from '#persistence';
import { ReportReviewEntity } from './report-review.entity.js';

/** ABB's reviews, one per report version. */
@Injectable()
export class ReportReviewRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  find(reportId: string): Promise<ReportReviewEntity | null> {
    return this.unitOfWork.manager.getRepository(ReportReviewEntity).findOneBy({ reportId });
  }

  ofReports(reportIds: string[]): Promise<ReportReviewEntity[]> {
    if (reportIds.length === 0) return Promise.resolve([]);
    return this.unitOfWork.manager.getRepository(ReportReviewEntity).findBy({ reportId: In(reportIds) });
  }

  async insert(review: ReportReviewEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(ReportReviewEntity).insert(review);
  }
}
