import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import {
  changeOf,
  emptyFigure,
  isNoChange,
  measureDelta,
  periodEndOf,
  placeOf,
  programmeDeltaOf,
  scopesOf,
  withReport,
  withTarget,
  type Figure,
} from '../../domain/aggregates.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { FiguresRepository, scopeKeyOf } from '../../infrastructure/figures.repository.js';

/** One line of a report as the aggregation counts it. */
export interface ReportedLine {
  governmentCode: string;
  projectYear: number;
  periodCode: string;
  reportVersion: number;
  indicatorCode: string;
  /** null: a deliberate nil return. */
  achieved: number | null;
}

/**
 * Keeps the aggregation read models in the caller's unit of work (apply-report, record-targets): a report line or a
 * target changes one government's figure, and the difference it makes is added to every total it belongs to, per
 * government and programme-wide, at each level. Nothing is recounted; `totalsOf` is what it must always equal.
 */
@Injectable()
export class FigureAggregator {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly figures: FiguresRepository,
    private readonly targets: CommittedTargetRepository,
  ) {}

  /**
   * A report line counts when it is of a later period than the one counted (the annual over the interim) or a later
   * version of the same period; anything else (a duplicate, an older version arriving late) changes nothing.
   */
  async reportLineApplied(line: ReportedLine): Promise<void> {
    const place = placeOf(line.projectYear, line.governmentCode, line.indicatorCode);
    const reported = {
      periodCode: line.periodCode,
      periodEndsOn: periodEndOf(line.periodCode),
      reportVersion: line.reportVersion,
      achieved: line.achieved,
    };
    await this.unitOfWork.run(async () => {
      await this.figures.lockYear(line.projectYear);
      const before = await this.figures.findForUpdate(place);
      await this.change(before, withReport(before ?? emptyFigure(place), reported));
    });
  }

  /** The government's targets on these indicators were committed, amended or dropped: each figure takes its committed target. */
  async targetsChanged(governmentCode: string, projectYear: number, indicatorCodes: readonly string[]): Promise<void> {
    await this.unitOfWork.run(async () => {
      await this.figures.lockYear(projectYear);
      for (const indicatorCode of [...new Set(indicatorCodes)].sort()) {
        const place = placeOf(projectYear, governmentCode, indicatorCode);
        const committed = await this.targets.find(governmentCode, projectYear, indicatorCode);
        const before = await this.figures.findForUpdate(place);
        await this.change(before, withTarget(before ?? emptyFigure(place), committed?.target ?? null));
      }
    });
  }

  private async change(before: Figure | null, after: Figure): Promise<void> {
    if (after === before) return;
    await this.figures.saveFigures([after]);
    const delta = measureDelta(changeOf(before, after));
    if (isNoChange(delta)) return;
    const scopes = scopesOf(after);
    const governmentBefore = await this.figures.addToGovernmentTotals(after.projectYear, after.governmentCode, scopes, delta);
    await this.figures.addToProgrammeTotals(
      after.projectYear,
      scopes.map((scope) => ({ scope, delta: programmeDeltaOf(governmentBefore.get(scopeKeyOf(scope))!, delta) })),
    );
  }
}
