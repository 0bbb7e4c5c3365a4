import { Injectable } from '@nestjs/common';
import { findIndicator, programmeCatalogue } from '#catalogue';
import { percentOf, presenceOf, type FigureLevel, type Measures } from '../../domain/aggregates.js';
import { FiguresRepository } from '../../infrastructure/figures.repository.js';
import type { FigureViewLevel, GetFiguresQuery } from './get-figures.query.js';

/** One row of figures: programme-wide (governmentCode null) or of one government, at one level. */
export interface FigureView {
  projectYear: number;
  level: FigureViewLevel;
  governmentCode: string | null;
  /** Indicator level only. */
  indicatorCode: string | null;
  unit: string | null;
  /** Indicator and action levels. */
  actionNumber: number | null;
  actionName: string | null;
  /** Indicator, action and objective levels. */
  objectiveNumber: number | null;
  objectiveName: string | null;
  planned: number;
  realised: number;
  /** realised / planned in percent, one decimal; null when nothing is planned. */
  percentReached: number | null;
  /** Governments with a target here, and how many of them reported on one. */
  governments: number;
  governmentsReported: number;
  /** Government x indicator targets here, reported and reached. */
  targets: number;
  targetsReported: number;
  targetsReached: number;
  /** targetsReached / targets in percent, one decimal. */
  targetsReachedPercent: number | null;
  updatedAt: string;
}

/** The shape GET /figures answered before levels: the indicator rows. */
export type IndicatorFigure = FigureView;

const actions = new Map(
  programmeCatalogue.objectives.flatMap((objective) => objective.actions.map((action) => [action.number, { action, objective }])),
);
const objectives = new Map(programmeCatalogue.objectives.map((objective) => [objective.number, objective]));

const described = (
  level: FigureLevel,
  scopeKey: string,
): Pick<FigureView, 'indicatorCode' | 'unit' | 'actionNumber' | 'actionName' | 'objectiveNumber' | 'objectiveName'> => {
  const none = { indicatorCode: null, unit: null, actionNumber: null, actionName: null, objectiveNumber: null, objectiveName: null };
  if (level === 'indicator') {
    const indicator = findIndicator(scopeKey);
    return {
      indicatorCode: scopeKey,
      unit: indicator?.unit ?? null,
      actionNumber: indicator?.actionNumber ?? null,
      actionName: indicator?.actionName ?? null,
      objectiveNumber: indicator?.objectiveNumber ?? null,
      objectiveName: indicator?.objectiveName ?? null,
    };
  }
  if (level === 'action') {
    const found = actions.get(Number(scopeKey));
    return {
      ...none,
      actionNumber: Number(scopeKey),
      actionName: found?.action.name ?? null,
      objectiveNumber: found?.objective.number ?? null,
      objectiveName: found?.objective.name ?? null,
    };
  }
  if (level === 'objective')
    return { ...none, objectiveNumber: Number(scopeKey), objectiveName: objectives.get(Number(scopeKey))?.name ?? null };
  return none;
};

/** Indicators by code, actions and objectives by number, governments by code. */
const order = (a: FigureView, b: FigureView): number =>
  (a.governmentCode ?? '').localeCompare(b.governmentCode ?? '') ||
  (a.indicatorCode ?? '').localeCompare(b.indicatorCode ?? '') ||
  (a.actionNumber ?? 0) - (b.actionNumber ?? 0) ||
  (a.objectiveNumber ?? 0) - (b.objectiveNumber ?? 0);

/** The aggregation read models as rows: every level programme-wide, or one government's own figures. */
@Injectable()
export class GetFiguresHandler {
  constructor(private readonly figures: FiguresRepository) {}

  async execute(query: GetFiguresQuery): Promise<FigureView[]> {
    const level = query.level ?? 'indicator';
    const view = (
      row: Measures & { level: FigureLevel; scopeKey: string; updatedAt: Date },
      governmentCode: string | null,
      presence: { governments: number; governmentsReported: number },
    ): FigureView => ({
      projectYear: query.projectYear,
      level,
      governmentCode,
      ...described(row.level, row.scopeKey),
      planned: row.planned,
      realised: row.realised,
      percentReached: percentOf(row.realised, row.planned),
      governments: presence.governments,
      governmentsReported: presence.governmentsReported,
      targets: row.targets,
      targetsReported: row.targetsReported,
      targetsReached: row.targetsReached,
      targetsReachedPercent: percentOf(row.targetsReached, row.targets),
      updatedAt: row.updatedAt.toISOString(),
    });
    if (level === 'government' || query.governmentCode !== undefined) {
      const rows = await this.figures.governmentTotals(query.projectYear, level === 'government' ? 'year' : level, query.governmentCode);
      return rows.map((row) => view(row, row.governmentCode, presenceOf(row))).sort(order);
    }
    const rows = await this.figures.programmeTotals(query.projectYear, level);
    return rows.map((row) => view(row, null, row)).sort(order);
  }
}
