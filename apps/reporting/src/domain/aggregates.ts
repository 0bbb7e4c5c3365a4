import { findIndicator, findReportingPeriod } from '#catalogue';
import { RuleViolation, supersedes } from '#domain';

/**
 * The aggregation read models: every government's figure per indicator and project year, summed per indicator,
 * action, objective and project year, per government and programme-wide. They are kept up to date incrementally:
 * a report or a target changes one government's figure, and only the difference it makes is added to each total.
 * `totalsOf` computes the same totals from scratch; tests hold the two together.
 */

export const FIGURE_LEVELS = ['indicator', 'action', 'objective', 'year'] as const;
export type FigureLevel = (typeof FIGURE_LEVELS)[number];

/** The key of the year level: one total per project year. */
export const WHOLE_YEAR = 'all';

/** Where one government's figure on one indicator sits: the action and objective come from the catalogue. */
export interface FigurePlace {
  projectYear: number;
  governmentCode: string;
  indicatorCode: string;
  actionNumber: number;
  objectiveNumber: number;
}

/** What one government's figure on one indicator stands at. */
export interface FigureState {
  /** null: no target (never committed, or dropped by an amendment); the figure then counts nowhere. */
  target: number | null;
  /** The running total of the report that counts; null when not reported or reported as a deliberate nil. */
  achieved: number | null;
  reported: boolean;
}

/** One government's figure changing: a report, a correction or a new target. `before` is null for a first figure. */
export interface FigureChange extends FigurePlace {
  before: FigureState | null;
  after: FigureState;
}

/** The measures that add up across governments and indicators. */
export interface Measures {
  /** Sum of the targets. */
  planned: number;
  /** Sum of the running totals that count; a nil return adds 0. */
  realised: number;
  /** Government x indicator targets. */
  targets: number;
  /** ...of which reported (a nil return is reported). */
  targetsReported: number;
  /** ...of which reached: the counted running total is at or above the target. */
  targetsReached: number;
}

/** A programme-wide total: the measures plus how many governments have a target there, and how many of them reported. */
export interface Totals extends Measures {
  governments: number;
  governmentsReported: number;
}

export const NO_MEASURES: Measures = Object.freeze({ planned: 0, realised: 0, targets: 0, targetsReported: 0, targetsReached: 0 });
export const NO_TOTALS: Totals = Object.freeze({ ...NO_MEASURES, governments: 0, governmentsReported: 0 });

const MEASURE_KEYS = ['planned', 'realised', 'targets', 'targetsReported', 'targetsReached'] as const;
const TOTAL_KEYS = [...MEASURE_KEYS, 'governments', 'governmentsReported'] as const;

export const addMeasures = (a: Measures, b: Measures): Measures =>
  Object.fromEntries(MEASURE_KEYS.map((key) => [key, a[key] + b[key]])) as unknown as Measures;
export const subtractMeasures = (a: Measures, b: Measures): Measures =>
  Object.fromEntries(MEASURE_KEYS.map((key) => [key, a[key] - b[key]])) as unknown as Measures;
export const addTotals = (a: Totals, b: Totals): Totals =>
  Object.fromEntries(TOTAL_KEYS.map((key) => [key, a[key] + b[key]])) as unknown as Totals;
export const isNoChange = (delta: Measures): boolean => MEASURE_KEYS.every((key) => delta[key] === 0);

/**
 * What one figure adds to every total it belongs to. Only a figure with a target counts: a government whose target
 * was dropped by an amendment is no longer in the figures of that indicator, also not with what it reported.
 */
export const contributionOf = (state: FigureState | null): Measures => {
  if (state === null || state.target === null) return NO_MEASURES;
  const realised = state.reported ? (state.achieved ?? 0) : 0;
  return {
    planned: state.target,
    realised,
    targets: 1,
    targetsReported: state.reported ? 1 : 0,
    targetsReached: state.reported && realised >= state.target ? 1 : 0,
  };
};

/** The difference one change makes to each total it belongs to: new contribution minus old, never a recount. */
export const measureDelta = (change: FigureChange): Measures =>
  subtractMeasures(contributionOf(change.after), contributionOf(change.before));

export interface Scope {
  level: FigureLevel;
  /** Indicator code, action number, objective number, or WHOLE_YEAR. */
  scopeKey: string;
}

/** The totals a figure belongs to, one per level, always in this order. */
export const scopesOf = (place: FigurePlace): Scope[] => [
  { level: 'indicator', scopeKey: place.indicatorCode },
  { level: 'action', scopeKey: String(place.actionNumber) },
  { level: 'objective', scopeKey: String(place.objectiveNumber) },
  { level: 'year', scopeKey: WHOLE_YEAR },
];

/** A government counts at a level once it has a target there, and as reported once it reported on one of those targets. */
export const presenceOf = (government: Measures): { governments: number; governmentsReported: number } => ({
  governments: government.targets > 0 ? 1 : 0,
  governmentsReported: government.targetsReported > 0 ? 1 : 0,
});

/**
 * What a change of one government's total at a level does to the programme-wide total there: the same measures,
 * plus the government starting or ceasing to count (its first target there, its last one dropped, its first report).
 */
export const programmeDeltaOf = (governmentBefore: Measures, delta: Measures): Totals => {
  const before = presenceOf(governmentBefore);
  const after = presenceOf(addMeasures(governmentBefore, delta));
  return {
    ...delta,
    governments: after.governments - before.governments,
    governmentsReported: after.governmentsReported - before.governmentsReported,
  };
};

/** The report that counts for a figure. */
export interface CountedReport {
  periodCode: string;
  /** ISO date: the annual period ends after the interim one. */
  periodEndsOn: string;
  reportVersion: number;
}

export interface ReportedFigure extends CountedReport {
  /** null: a deliberate nil return. */
  achieved: number | null;
}

/**
 * Reports are running totals, so a government's figure for a project year is its latest period's (the annual once
 * it exists, else the interim), and within a period its latest version. An interim correction arriving after the
 * annual report changes nothing; an older version arriving late changes nothing; the same version again neither.
 */
export const replacesCounted = (counted: CountedReport | null, incoming: CountedReport): boolean =>
  counted === null ||
  incoming.periodEndsOn > counted.periodEndsOn ||
  (incoming.periodEndsOn === counted.periodEndsOn && supersedes(counted.reportVersion, incoming.reportVersion));

/** One government's figure on one indicator in a project year, as the read model keeps it. */
export interface Figure extends FigurePlace {
  target: number | null;
  counted: ReportedFigure | null;
}

export const stateOf = (figure: Figure | null): FigureState | null =>
  figure === null ? null : { target: figure.target, achieved: figure.counted?.achieved ?? null, reported: figure.counted !== null };

/** The place of an indicator's figure; an indicator the catalogue does not know cannot be summed per action or objective. */
export const placeOf = (projectYear: number, governmentCode: string, indicatorCode: string): FigurePlace => {
  const indicator = findIndicator(indicatorCode);
  if (!indicator) throw new RuleViolation(`indicatorCode: ${indicatorCode} is not an indicator of the Plan Samenleven catalogue`);
  return { projectYear, governmentCode, indicatorCode, actionNumber: indicator.actionNumber, objectiveNumber: indicator.objectiveNumber };
};

export const emptyFigure = (place: FigurePlace): Figure => ({ ...place, target: null, counted: null });

/** The figure after a report line: unchanged (the same object) when the report does not count over the one counted. */
export const withReport = (figure: Figure, reported: ReportedFigure): Figure =>
  replacesCounted(figure.counted, reported) ? { ...figure, counted: { ...reported } } : figure;

/** The figure after its target was committed, amended or dropped (null); unchanged (the same object) when equal. */
export const withTarget = (figure: Figure, target: number | null): Figure => (figure.target === target ? figure : { ...figure, target });

export const changeOf = (before: Figure | null, after: Figure): FigureChange => ({
  projectYear: after.projectYear,
  governmentCode: after.governmentCode,
  indicatorCode: after.indicatorCode,
  actionNumber: after.actionNumber,
  objectiveNumber: after.objectiveNumber,
  before: stateOf(before),
  after: stateOf(after)!,
});

/** realised / planned (or reached / targets) in percent, one decimal; null when there is nothing to compare with. */
export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export interface ProgrammeTotalRow extends Totals, Scope {
  projectYear: number;
}

export interface GovernmentTotalRow extends Measures, Scope {
  projectYear: number;
  governmentCode: string;
}

export interface AllTotals {
  programme: ProgrammeTotalRow[];
  government: GovernmentTotalRow[];
}

const rowKey = (...parts: (string | number)[]): string => parts.join('\u0000');

/** The order totals are listed in: by project year, government, level, then key. */
export const compareTotals = <T extends { projectYear: number; level: string; scopeKey: string; governmentCode?: string }>(
  a: T,
  b: T,
): number =>
  a.projectYear - b.projectYear ||
  (a.governmentCode ?? '').localeCompare(b.governmentCode ?? '') ||
  FIGURE_LEVELS.indexOf(a.level as FigureLevel) - FIGURE_LEVELS.indexOf(b.level as FigureLevel) ||
  a.scopeKey.localeCompare(b.scopeKey);

/**
 * Every total computed from scratch from the figures: per government and programme-wide, at each level, the sum of
 * the contributions, and the number of governments with a target there (and that reported). Only totals with a
 * target in them are listed. This is the recomputation the incremental totals must always equal.
 */
export const totalsOf = (figures: readonly Figure[]): AllTotals => {
  const government = new Map<string, GovernmentTotalRow>();
  for (const figure of figures) {
    const contribution = contributionOf(stateOf(figure));
    if (contribution.targets === 0) continue;
    for (const scope of scopesOf(figure)) {
      const key = rowKey(figure.projectYear, figure.governmentCode, scope.level, scope.scopeKey);
      const held = government.get(key) ?? {
        projectYear: figure.projectYear,
        governmentCode: figure.governmentCode,
        ...scope,
        ...NO_MEASURES,
      };
      government.set(key, { ...held, ...addMeasures(held, contribution) });
    }
  }
  const programme = new Map<string, ProgrammeTotalRow>();
  for (const row of government.values()) {
    const key = rowKey(row.projectYear, row.level, row.scopeKey);
    const held = programme.get(key) ?? { projectYear: row.projectYear, level: row.level, scopeKey: row.scopeKey, ...NO_TOTALS };
    const { projectYear: _year, governmentCode: _government, level: _level, scopeKey: _scope, ...measures } = row;
    programme.set(key, { ...held, ...addTotals(held, { ...measures, ...presenceOf(measures) }) });
  }
  return { programme: [...programme.values()].sort(compareTotals), government: [...government.values()].sort(compareTotals) };
};

/** A committed target as stored. */
export interface StoredTarget {
  governmentCode: string;
  projectYear: number;
  indicatorCode: string;
  target: number;
}

/** A stored report version: every version is kept. */
export interface StoredReport {
  governmentCode: string;
  projectYear: number;
  periodCode: string;
  version: number;
  results: readonly { indicatorCode: string; achieved: number | null }[];
}

export const periodEndOf = (periodCode: string): string => {
  const period = findReportingPeriod(periodCode);
  if (!period) throw new RuleViolation(`periodCode: ${periodCode} is not a reporting period of Plan Samenleven`);
  return period.covers[1];
};

/**
 * Every government's figure from the stored rows, from scratch: its committed target, and of all the lines it ever
 * reported on the indicator the one of the latest period, latest version (chosen by sorting, not by replaying).
 */
export const figuresFromStored = (targets: readonly StoredTarget[], reports: readonly StoredReport[]): Figure[] => {
  const figures = new Map<string, Figure>();
  const figureAt = (projectYear: number, governmentCode: string, indicatorCode: string): Figure => {
    const key = rowKey(projectYear, governmentCode, indicatorCode);
    const figure = figures.get(key) ?? emptyFigure(placeOf(projectYear, governmentCode, indicatorCode));
    figures.set(key, figure);
    return figure;
  };
  for (const target of targets) figureAt(target.projectYear, target.governmentCode, target.indicatorCode).target = target.target;
  const lines = reports.flatMap((report) => report.results.map((line) => ({ report, line, periodEndsOn: periodEndOf(report.periodCode) })));
  lines.sort((a, b) => b.periodEndsOn.localeCompare(a.periodEndsOn) || b.report.version - a.report.version);
  for (const { report, line, periodEndsOn } of lines) {
    const figure = figureAt(report.projectYear, report.governmentCode, line.indicatorCode);
    if (figure.counted === null)
      figure.counted = { periodCode: report.periodCode, periodEndsOn, reportVersion: report.version, achieved: line.achieved };
  }
  return [...figures.values()].sort(
    (a, b) =>
      a.projectYear - b.projectYear || a.governmentCode.localeCompare(b.governmentCode) || a.indicatorCode.localeCompare(b.indicatorCode),
  );
};
