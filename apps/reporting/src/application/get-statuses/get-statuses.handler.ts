import { Injectable } from '@nestjs/common';
import type { IndicatorStatus } from '#contracts';
import type { AtRiskFlagEntity } from '../../infrastructure/at-risk-flag.entity.js';
import { AtRiskFlagRepository } from '../../infrastructure/at-risk-flag.repository.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import type { GetStatusesQuery } from './get-statuses.query.js';

export interface AtRiskFlagView {
  governmentCode: string;
  projectYear: number;
  indicatorCode: string;
  /** open: continuation into project year 3 waits on ABB accepting the motivation; cleared: it accepted it. */
  state: 'open' | 'cleared';
  periodCode: string;
  achieved: number | null;
  target: number;
  reportVersion: number;
  motivation: string | null;
  raisedAt: string;
  clearedAt: string | null;
  clearedBy: string | null;
  clearReason: string | null;
}

export interface IndicatorStatusView {
  indicatorCode: string;
  periodCode: string;
  achieved: number | null;
  target: number;
  expected: number;
  status: IndicatorStatus;
  /** null: not reported by the due date. */
  reportVersion: number | null;
  /** The year's at-risk flag of the indicator, if the interim review raised one. */
  atRiskFlag: AtRiskFlagView | null;
}

export const atRiskFlagView = (flag: AtRiskFlagEntity): AtRiskFlagView => ({
  governmentCode: flag.governmentCode,
  projectYear: flag.projectYear,
  indicatorCode: flag.indicatorCode,
  state: flag.clearedAt === null ? 'open' : 'cleared',
  periodCode: flag.periodCode,
  achieved: flag.achieved,
  target: flag.target,
  reportVersion: flag.reportVersion,
  motivation: flag.motivation,
  raisedAt: flag.raisedAt.toISOString(),
  clearedAt: flag.clearedAt?.toISOString() ?? null,
  clearedBy: flag.clearedBy,
  clearReason: flag.clearReason,
});

@Injectable()
export class GetStatusesHandler {
  constructor(
    private readonly results: IndicatorResultRepository,
    private readonly flags: AtRiskFlagRepository,
  ) {}

  async execute(query: GetStatusesQuery): Promise<IndicatorStatusView[]> {
    const rows = await this.results.ofGovernment(query.governmentCode, query.projectYear);
    const flags = new Map(
      (await this.flags.ofGovernment(query.governmentCode, query.projectYear)).map((flag) => [flag.indicatorCode, atRiskFlagView(flag)]),
    );
    return rows.map(({ indicatorCode, periodCode, achieved, target, expected, status, reportVersion }) => ({
      indicatorCode,
      periodCode,
      achieved,
      target,
      expected,
      status,
      reportVersion,
      atRiskFlag: flags.get(indicatorCode) ?? null,
    }));
  }
}
