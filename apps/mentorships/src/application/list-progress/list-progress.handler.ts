import { Injectable } from '@nestjs/common';
import { MemberProgressRepository } from '../../infrastructure/member-progress.repository.js';
import type { ListProgressQuery } from './list-progress.query.js';

export interface ProgressView {
  governmentCode: string;
  networkId: string;
  indicatorCode: string;
  projectYear: number;
  periodCode: string;
  achieved: number | null;
  reportVersion: number;
  recordedAt: string;
}

@Injectable()
export class ListProgressHandler {
  constructor(private readonly progress: MemberProgressRepository) {}

  async execute(query: ListProgressQuery): Promise<ProgressView[]> {
    const rows = await this.progress.ofGovernment(query.governmentCode);
    return rows.map((row) => ({
      governmentCode: row.governmentCode,
      networkId: row.networkId,
      indicatorCode: row.indicatorCode,
      projectYear: row.projectYear,
      periodCode: row.periodCode,
      achieved: row.achieved,
      reportVersion: row.reportVersion,
      recordedAt: row.recordedAt.toISOString(),
    }));
  }
}
