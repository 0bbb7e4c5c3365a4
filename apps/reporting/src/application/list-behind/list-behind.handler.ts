import { Injectable } from '@nestjs/common';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import type { BehindStatus, ListBehindQuery } from './list-behind.query.js';

export interface BehindView {
  governmentCode: string;
  indicatorCode: string;
  periodCode: string;
  /** An open at-risk flag makes a lagging indicator at-risk: continuation depends on it. */
  status: BehindStatus;
  /** null: a nil return, or not reported. */
  achieved: number | null;
  target: number;
  expected: number;
  /** The due date of the period's return, when the government owes one. */
  due: string | null;
  /** Not reported by the due date. */
  overdue: boolean;
}

/** ABB's list of governments behind: lagging, at-risk or not reported, per government x indicator x period. */
@Injectable()
export class ListBehindHandler {
  constructor(private readonly results: IndicatorResultRepository) {}

  async execute(query: ListBehindQuery): Promise<BehindView[]> {
    const rows = await this.results.behind(query.projectYear);
    return rows
      .map(({ openFlag, reportVersion, status, ...row }): BehindView => ({
        ...row,
        status: status === 'lagging' && openFlag ? 'at-risk' : status,
        overdue: reportVersion === null,
      }))
      .filter(
        (row) =>
          (query.status === undefined || row.status === query.status) &&
          (query.indicatorCode === undefined || row.indicatorCode === query.indicatorCode) &&
          (query.periodCode === undefined || row.periodCode === query.periodCode),
      );
  }
}
