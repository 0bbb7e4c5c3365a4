import { supersedes } from '#domain';

/** One government's counted figure for an indicator in one period, from the version of its report that counts. */
export interface CountedFigure {
  governmentCode: string;
  periodCode: string;
  /** ISO date; later periods carry later running totals. */
  periodEndsOn: string;
  reportVersion: number;
  /** null is a deliberate nil: nothing to count yet. */
  achieved: number | null;
}

/**
 * The figures that count: per government and period only the latest version, since a correction
 * replaces the previous version instead of adding to it.
 */
export const latestVersions = (figures: readonly CountedFigure[]): CountedFigure[] => {
  const latest = new Map<string, CountedFigure>();
  for (const figure of figures) {
    const key = `${figure.governmentCode}\u0000${figure.periodCode}`;
    if (supersedes(latest.get(key)?.reportVersion, figure.reportVersion)) latest.set(key, figure);
  }
  return [...latest.values()];
};

/**
 * Realised = the sum over governments of each one's latest figure: reports are running totals, so a
 * government counts with its latest period only (never period 1 plus period 2), and within that period
 * with its latest version only. A deliberate nil counts as 0.
 */
export const realisedTotal = (figures: readonly CountedFigure[]): number => {
  const perGovernment = new Map<string, CountedFigure>();
  for (const figure of latestVersions(figures)) {
    const current = perGovernment.get(figure.governmentCode);
    if (!current || figure.periodEndsOn > current.periodEndsOn) perGovernment.set(figure.governmentCode, figure);
  }
  return [...perGovernment.values()].reduce((sum, figure) => sum + (figure.achieved ?? 0), 0);
};
