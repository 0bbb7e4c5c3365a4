import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import { lockTargetCheck } from '../check-targets/indicator-status-check.js';
import { StatusReconciler } from '../check-targets/status-reconciler.js';
import type { RebuildProgress } from './rebuild-figures.handler.js';

export interface RebuildStatusesOutcome {
  /** Governments x project years checked. */
  governmentYears: number;
  /** Status and flag rows written or removed because they differed from what the sources give. */
  corrected: number;
}

/**
 * Rebuilds the target check's read models (each government's status per indicator and period, and the interim
 * review's at-risk flags) from what reporting stores: the committed targets, every stored report version, the returns
 * that became overdue and ABB's clearances (kept on a flag row, and in the audit trail should the row be lost). One
 * unit of work per government and project year, under its target check lock, so live checks wait only for their own.
 * It publishes nothing: the statuses were announced when they changed, and a rebuild changes no fact.
 */
@Injectable()
export class RebuildStatusesHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly results: IndicatorResultRepository,
    private readonly reconciler: StatusReconciler,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(onProgress: (progress: RebuildProgress) => void = () => undefined): Promise<RebuildStatusesOutcome> {
    const governmentYears = await this.results.governmentYears();
    let corrected = 0;
    let done = 0;
    onProgress({ done, total: governmentYears.length });
    for (const { governmentCode, projectYear } of governmentYears) {
      corrected += await this.unitOfWork.run(async () => {
        await lockTargetCheck(governmentCode, projectYear);
        return (await this.reconciler.reconcile(governmentCode, projectYear, 'rebuild', this.clock.now())).corrected;
      });
      done += 1;
      onProgress({ done, total: governmentYears.length });
    }
    return { governmentYears: governmentYears.length, corrected };
  }
}
