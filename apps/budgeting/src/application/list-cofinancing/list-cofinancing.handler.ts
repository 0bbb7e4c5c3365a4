import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { assessCofinancing, type CofinancingAssessment } from '../../domain/cofinancing.js';
import { CofinancingRepository } from '../../infrastructure/cofinancing.repository.js';
import { requireProjectYear } from '../budget-of-year.js';
import type { ListCofinancingQuery } from './list-cofinancing.query.js';

export interface CofinancingView extends CofinancingAssessment {
  governmentCode: string;
  projectYear: number;
  source: string | null;
  declaredAt: string | null;
  declaredBy: string | null;
}

/** Every committed government of a year against its obligation now, with its declaration in force (ABB's shortfall list). */
@Injectable()
export class ListCofinancingHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cofinancing: CofinancingRepository,
  ) {}

  execute(query: ListCofinancingQuery): Promise<CofinancingView[]> {
    requireProjectYear(query.projectYear);
    return this.unitOfWork.snapshot(async () => {
      const obligations = await this.cofinancing.obligations(query.projectYear, query.governmentCode);
      const declarations = await this.cofinancing.latestOfYear(query.projectYear);
      const views = obligations.map(({ governmentCode, obligationCents }): CofinancingView => {
        const declaration = declarations.get(governmentCode);
        return {
          governmentCode,
          projectYear: query.projectYear,
          ...assessCofinancing(obligationCents, declaration?.declaredCents ?? null),
          source: declaration?.source ?? null,
          declaredAt: declaration?.declaredAt.toISOString() ?? null,
          declaredBy: declaration?.declaredBy ?? null,
        };
      });
      return query.shortfallOnly ? views.filter((view) => view.status !== 'covered') : views;
    });
  }
}
