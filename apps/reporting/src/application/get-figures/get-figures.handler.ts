import { Injectable } from '@nestjs/common';
import { findIndicator } from '#catalogue';
import { IndicatorTotalsRepository } from '../../infrastructure/indicator-totals.repository.js';
import type { GetFiguresQuery } from './get-figures.query.js';

export interface IndicatorFigure {
  projectYear: number;
  indicatorCode: string;
  unit: string;
  actionNumber: number;
  objectiveNumber: number;
  planned: number;
  realised: number;
  governments: number;
  governmentsReported: number;
  /** realised / planned in percent, one decimal; null when nothing is planned. */
  percentReached: number | null;
  updatedAt: string;
}

@Injectable()
export class GetFiguresHandler {
  constructor(private readonly totals: IndicatorTotalsRepository) {}

  async execute(query: GetFiguresQuery): Promise<IndicatorFigure[]> {
    const rows = await this.totals.ofYear(query.projectYear);
    return rows.map((row) => {
      const indicator = findIndicator(row.indicatorCode);
      return {
        projectYear: row.projectYear,
        indicatorCode: row.indicatorCode,
        unit: indicator?.unit ?? '',
        actionNumber: indicator?.actionNumber ?? 0,
        objectiveNumber: indicator?.objectiveNumber ?? 0,
        planned: row.planned,
        realised: row.realised,
        governments: row.governments,
        governmentsReported: row.governmentsReported,
        percentReached: row.planned > 0 ? Math.round((row.realised / row.planned) * 1000) / 10 : null,
        updatedAt: row.updatedAt.toISOString(),
      };
    });
  }
}
