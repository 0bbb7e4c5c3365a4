import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import {
  addMeasures,
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
  type FigurePlace,
  type Measures,
  type Scope,
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
    await this.reportApplied(line.governmentCode, line.projectYear, [line]);
  }

  /**
   * The lines of one government's report, in a few statements whatever their number: the figures read and written at
   * once, and each total changed once by the sum of the lines' differences. Under the year's lock shared with other
   * governments' reports (the government's own rows are held by its target check lock, which callers take first).
   */
  async reportApplied(
    governmentCode: string,
    projectYear: number,
    lines: readonly ReportedLine[],
    /** The government's figures of the year, read by the caller under the year's lock shared and locked (apply-report). */
    held?: ReadonlyMap<string, Figure>,
  ): Promise<void> {
    if (lines.length === 0) return;
    await this.unitOfWork.run(async () => {
      if (!held) await this.figures.shareYear(projectYear);
      const changes = new Changes(
        held ??
          (await this.figures.findManyForUpdate(
            projectYear,
            governmentCode,
            lines.map((line) => line.indicatorCode),
          )),
      );
      for (const line of lines) {
        const place = placeOf(projectYear, governmentCode, line.indicatorCode);
        const reported = {
          periodCode: line.periodCode,
          periodEndsOn: periodEndOf(line.periodCode),
          reportVersion: line.reportVersion,
          achieved: line.achieved,
        };
        changes.set(place, (figure) => withReport(figure, reported));
      }
      await this.change(governmentCode, projectYear, changes);
    });
  }

  /** The government's targets on these indicators were committed, amended or dropped: each figure takes its committed target. */
  async targetsChanged(governmentCode: string, projectYear: number, indicatorCodes: readonly string[]): Promise<void> {
    const codes = [...new Set(indicatorCodes)].sort();
    if (codes.length === 0) return;
    await this.unitOfWork.run(async () => {
      // Exclusive: a decision may change two governments' figures in one unit of work, so its programme totals take
      // more than one statement, which reports of other governments must not interleave with.
      await this.figures.lockYear(projectYear);
      const committed = new Map(
        (await this.targets.ofGovernment(governmentCode, projectYear)).map((target) => [target.indicatorCode, target.target]),
      );
      const changes = new Changes(await this.figures.findManyForUpdate(projectYear, governmentCode, codes));
      for (const indicatorCode of codes)
        changes.set(placeOf(projectYear, governmentCode, indicatorCode), (figure) =>
          withTarget(figure, committed.get(indicatorCode) ?? null),
        );
      await this.change(governmentCode, projectYear, changes);
    });
  }

  /**
   * Writes the changed figures, then adds the sum of their differences to each government total and programme-wide
   * total they belong to: one statement each, the programme-wide one last (its rows are the ones every report of the
   * year writes, so they are held for the shortest time) and in one order of rows.
   */
  private async change(governmentCode: string, projectYear: number, changes: Changes): Promise<void> {
    const changed = changes.changed();
    if (changed.length === 0) return;
    await this.figures.saveFigures(changed.map(({ after }) => after));
    const sums = new Map<string, { scope: Scope; delta: Measures }>();
    for (const { before, after } of changed) {
      const delta = measureDelta(changeOf(before, after));
      if (isNoChange(delta)) continue;
      for (const scope of scopesOf(after)) {
        const key = scopeKeyOf(scope);
        const sum = sums.get(key);
        sums.set(key, { scope, delta: sum ? addMeasures(sum.delta, delta) : delta });
      }
    }
    const deltas = [...sums.values()]
      .filter(({ delta }) => !isNoChange(delta))
      .sort((a, b) => a.scope.level.localeCompare(b.scope.level) || a.scope.scopeKey.localeCompare(b.scope.scopeKey));
    if (deltas.length === 0) return;
    const governmentBefore = await this.figures.addToGovernmentTotals(projectYear, governmentCode, deltas);
    await this.figures.addToProgrammeTotals(
      projectYear,
      deltas.map(({ scope, delta }) => ({ scope, delta: programmeDeltaOf(governmentBefore.get(scopeKeyOf(scope))!, delta) })),
    );
  }
}

/** Each figure as it was before (null: none yet) and as it is after the changes so far, by indicator. */
class Changes {
  private readonly figures = new Map<string, { before: Figure | null; after: Figure }>();

  constructor(private readonly held: ReadonlyMap<string, Figure>) {}

  /** Applies `change` to the figure as it stands after the earlier changes (a report's second line on an indicator sees its first). */
  set(place: FigurePlace, change: (figure: Figure) => Figure): void {
    const current = this.figures.get(place.indicatorCode);
    const before = current ? current.before : (this.held.get(place.indicatorCode) ?? null);
    const after = change(current ? current.after : (before ?? emptyFigure(place)));
    this.figures.set(place.indicatorCode, { before, after });
  }

  /** The figures that are not what they were (withReport and withTarget answer the same object for no change). */
  changed(): { before: Figure | null; after: Figure }[] {
    return [...this.figures.values()].filter(({ before, after }) => after !== before);
  }
}
