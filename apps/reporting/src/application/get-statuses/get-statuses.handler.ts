import { Injectable } from '@nestjs/common';
import type { IndicatorStatus } from '#contracts';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import type { GetStatusesQuery } from './get-statuses.query.js';

export interface IndicatorStatusView {
  indicatorCode: string;
  periodCode: string;
  achieved: number | null;
  target: number;
  expected: number;
  status: IndicatorStatus;
  reportVersion: number;
}

@Injectable()
export class GetStatusesHandler {
  constructor(private readonly results: IndicatorResultRepository) {}

  async execute(query: GetStatusesQuery): Promise<IndicatorStatusView[]> {
    const rows = await this.results.ofGovernment(query.governmentCode, query.projectYear);
    return rows.map(({ indicatorCode, periodCode, achieved, target, expected, status, reportVersion }) => ({
      indicatorCode,
      periodCode,
      achieved,
      target,
      expected,
      status,
      reportVersion,
    }));
  }
}
