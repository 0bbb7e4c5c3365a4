import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { emptyFigure, periodEndOf, placeOf, totalsOf, withReport, withTarget, type Figure } from '../../domain/aggregates.js';
import { FiguresRepository } from '../../infrastructure/figures.repository.js';

export interface RebuildProgress {
  /** Source rows read so far (committed targets, then report versions) and how many there are. */
  done: number;
  total: number;
}

export interface RebuildOutcome {
  targets: number;
  reports: number;
  figures: number;
  totals: number;
}

/** The project years the programme has; a rebuild holds the figures lock of each, so live updates wait for it. */
const PROJECT_YEARS = [1, 2, 3];

/**
 * Rebuilds the aggregation read models from what reporting stores: the committed targets and every stored version of
 * every report (the event log reporting can rely on; each report-submitted event carries exactly a stored version).
 * It replays them through the same rules as the live updates (withTarget, withReport), in memory, and writes the
 * figures and their totals in one unit of work: readers see the old figures until it commits, live updates wait.
 */
@Injectable()
export class RebuildFiguresHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly figures: FiguresRepository,
  ) {}

  execute(onProgress: (progress: RebuildProgress) => void = () => undefined, pageSize = 500): Promise<RebuildOutcome> {
    return this.unitOfWork.run(async () => {
      for (const projectYear of PROJECT_YEARS) await this.figures.lockYear(projectYear);
      const targets = await this.figures.storedTargets();
      const reportCount = await this.figures.countStoredReports();
      const total = targets.length + reportCount;
      const figures = new Map<string, Figure>();
      const figureAt = (projectYear: number, governmentCode: string, indicatorCode: string): [string, Figure] => {
        const key = `${projectYear}\u0000${governmentCode}\u0000${indicatorCode}`;
        return [key, figures.get(key) ?? emptyFigure(placeOf(projectYear, governmentCode, indicatorCode))];
      };
      for (const target of targets) {
        const [key, figure] = figureAt(target.projectYear, target.governmentCode, target.indicatorCode);
        figures.set(key, withTarget(figure, target.target));
      }
      let done = targets.length;
      onProgress({ done, total });
      let after: string | null = null;
      for (;;) {
        const page = await this.figures.storedReportsAfter(after, pageSize);
        if (page.length === 0) break;
        for (const report of page)
          for (const line of report.results) {
            const [key, figure] = figureAt(report.projectYear, report.governmentCode, line.indicatorCode);
            const reported = {
              periodCode: report.periodCode,
              periodEndsOn: periodEndOf(report.periodCode),
              reportVersion: report.version,
              achieved: line.achieved,
            };
            figures.set(key, withReport(figure, reported));
          }
        done += page.length;
        after = page[page.length - 1]!.id;
        onProgress({ done, total: Math.max(total, done) });
      }
      const rebuilt = [...figures.values()];
      const totals = totalsOf(rebuilt);
      await this.figures.clear();
      await this.figures.saveFigures(rebuilt);
      await this.figures.insertTotals(totals.programme, totals.government);
      return {
        targets: targets.length,
        reports: done - targets.length,
        figures: rebuilt.length,
        totals: totals.programme.length + totals.government.length,
      };
    });
  }
}
