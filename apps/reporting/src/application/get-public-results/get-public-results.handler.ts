import { Injectable } from '@nestjs/common';
import { findIndicator } from '#catalogue';
import { percentOf } from '../../domain/aggregates.js';
import { publicIndicatorTotals } from '../../domain/public-results.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { ReportRepository } from '../../infrastructure/report.repository.js';
import type { GetPublicResultsQuery } from './get-public-results.query.js';

export interface PublicIndicatorView {
  indicatorCode: string;
  unit: string | null;
  planned: number;
  realised: number;
  percentReached: number | null;
  governments: number;
  governmentsReported: number;
}

export interface PublicActionView {
  actionNumber: number | null;
  actionName: string | null;
  objectiveNumber: number | null;
  objectiveName: string | null;
  indicators: PublicIndicatorView[];
}

export interface PublicResultsView {
  projectYear: number;
  /** null: the whole programme. */
  governmentCode: string | null;
  /** Governments with a target in the year, and how many have an accepted report. */
  governments: number;
  governmentsReported: number;
  actions: PublicActionView[];
}

/** What anyone may see of a project year: the actions' planned and realised figures, from accepted reports only. */
@Injectable()
export class GetPublicResultsHandler {
  constructor(
    private readonly targets: CommittedTargetRepository,
    private readonly reports: ReportRepository,
  ) {}

  async execute({ projectYear, governmentCode }: GetPublicResultsQuery): Promise<PublicResultsView> {
    const targets = await this.targets.list({ projectYear, ...(governmentCode === undefined ? {} : { governmentCode }) });
    const accepted = await this.reports.acceptedOfYear(projectYear, governmentCode);
    const totals = publicIndicatorTotals(targets, accepted);
    const actions = new Map<number | null, PublicActionView>();
    for (const total of totals) {
      const indicator = findIndicator(total.indicatorCode);
      const actionNumber = indicator?.actionNumber ?? null;
      const action = actions.get(actionNumber) ?? {
        actionNumber,
        actionName: indicator?.actionName ?? null,
        objectiveNumber: indicator?.objectiveNumber ?? null,
        objectiveName: indicator?.objectiveName ?? null,
        indicators: [],
      };
      action.indicators.push({ ...total, unit: indicator?.unit ?? null, percentReached: percentOf(total.realised, total.planned) });
      actions.set(actionNumber, action);
    }
    const reported = new Set(accepted.map((report) => report.governmentCode));
    const governments = new Set(targets.map((target) => target.governmentCode));
    return {
      projectYear,
      governmentCode: governmentCode ?? null,
      governments: governments.size,
      governmentsReported: [...governments].filter((code) => reported.has(code)).length,
      actions: [...actions.values()].sort((a, b) => (a.actionNumber ?? 0) - (b.actionNumber ?? 0)),
    };
  }
}
