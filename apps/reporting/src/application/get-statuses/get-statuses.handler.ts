import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IndicatorStatus } from '#contracts';
import { IndicatorResultEntity } from '../../infrastructure/indicator-result.entity.js';
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
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: GetStatusesQuery): Promise<IndicatorStatusView[]> {
    const rows = await this.dataSource.getRepository(IndicatorResultEntity).find({
      where: { governmentCode: query.governmentCode, projectYear: query.projectYear },
      order: { indicatorCode: 'ASC', periodEndsOn: 'ASC' },
    });
    return rows.map(({ indicatorCode, periodCode, achieved, target, expected, status, reportVersion }) => ({ indicatorCode, periodCode, achieved, target, expected, status, reportVersion }));
  }
}
