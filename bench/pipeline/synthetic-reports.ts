/**
 * The reports a synthetic government sends over a run: 13 lines each, every report after the first a correction (a
 * new version), a planned number of them making one more indicator lag (a worse situation: one e-mail each, by
 * notifications' rule), a share reaching a target and falling back (a status change without an e-mail), the rest
 * moving figures within their status. Pure, so the recomputation of the figures can trust it.
 */

/** 13 indicators of year 1, cheap enough that 300 governments' 5 extra each fit the year's budget. */
export const BENCH_INDICATORS = [
  'A05',
  'A06',
  'A07',
  'A08',
  'A09-NIEUWKOMERS',
  'A09-HANDICAP',
  'A09-55PLUS',
  'A10-NIEUWKOMERS',
  'A10-VROUWEN',
  'A10-HANDICAP',
  'A11',
  'A13-HERKOMST',
  'A14',
];

/** The interim period's share of the year's target expected by its end: 182 of 365 days (reporting's expectedShare). */
export const INTERIM_SHARE = 182 / 365;
/** LAGGING_TOLERANCE's default. */
export const LAGGING_TOLERANCE = 0.8;
/** Below this share of its target an interim figure opens an at-risk flag (reporting's CONTINUATION_THRESHOLD). */
export const CONTINUATION_THRESHOLD = 0.25;

export const expectedBy = (target: number, share = INTERIM_SHARE): number => Math.round(target * share * 100) / 100;

/** The least figure still on track (reporting compares with a margin of 1e-9). */
export const onTrackFloor = (target: number): number => Math.ceil(LAGGING_TOLERANCE * expectedBy(target) - 1e-9);

/**
 * The figures a lagging indicator moves between: below the on-track floor but not below a quarter of the target, so
 * no at-risk flag opens. A flag would make a later, lower figure a worse situation too (an e-mail the plan does not
 * count), depending on the order of the figures. Where no such band exists the figure stays at 0: flagged at once.
 */
export const laggingBand = (target: number): { low: number; high: number } => {
  const low = Math.ceil(CONTINUATION_THRESHOLD * target - 1e-9);
  const high = onTrackFloor(target) - 1;
  return low <= high ? { low, high } : { low: 0, high: 0 };
};

export interface IndicatorTarget {
  indicatorCode: string;
  target: number;
}

export interface PlannedReport {
  results: { indicatorCode: string; achieved: number }[];
  /** One more indicator lags than in the report before: notifications sends an e-mail. */
  worsens: boolean;
  /** Some indicator's status differs from the report before (or it is the first report). */
  changesStatus: boolean;
}

export type Status = 'lagging' | 'on-track' | 'achieved';

export const statusOf = (achieved: number, target: number): Status =>
  achieved >= target ? 'achieved' : achieved >= onTrackFloor(target) ? 'on-track' : 'lagging';

/** How many indicators lag in report `index` of `planned`: one in the first, all `steps` by the last planned one. */
export const laggingCount = (index: number, planned: number, steps: number): number =>
  Math.min(steps, Math.ceil(((Math.min(index, planned - 1) + 1) * steps) / Math.max(1, planned)));

/**
 * A stretch of a government's reports (a phase of the benchmark) with its own worsening steps, spread evenly over it
 * from the count reached before it. A later stretch starting earlier than an earlier one ended (a phase that stopped
 * early) takes over from its start.
 */
export interface LagSegment {
  start: number;
  reports: number;
  steps: number;
}

/** How many indicators should lag in a government's report `index` (0 before its first). */
export const lagCountAt = (segments: readonly LagSegment[], index: number): number => {
  let count = 0;
  segments.forEach((segment, position) => {
    if (index < segment.start) return;
    const before = lagCountAt(segments.slice(0, position), segment.start - 1);
    count = before + laggingCount(index - segment.start, segment.reports, Math.min(segment.steps, segment.reports));
  });
  return count;
};

/**
 * Report `index` (0-based) of a government whose worsening steps `segments` plan. Indicators can only lag when
 * their target leaves room below the on-track floor; the rest are on track, every fifth report one of them achieved.
 */
export const plannedReport = (targets: readonly IndicatorTarget[], index: number, segments: readonly LagSegment[]): PlannedReport => {
  const canLag = targets.filter(({ target }) => onTrackFloor(target) >= 1 && onTrackFloor(target) < target);
  const lagCodes = (at: number): Set<string> =>
    new Set(at < 0 ? [] : canLag.slice(0, lagCountAt(segments, at)).map(({ indicatorCode }) => indicatorCode));
  const figures = (at: number): { indicatorCode: string; achieved: number }[] => {
    const lagging = lagCodes(at);
    return targets.map(({ indicatorCode, target }, position) => {
      const floor = onTrackFloor(target);
      if (lagging.has(indicatorCode)) {
        const band = laggingBand(target);
        return { indicatorCode, achieved: band.low + ((at + position) % (band.high - band.low + 1)) };
      }
      // Every fifth report the indicator after the lagging ones reaches its target; otherwise it moves within on track.
      const achievesNow = at % 5 === 4 && position === lagging.size;
      if (achievesNow) return { indicatorCode, achieved: target };
      const room = Math.max(1, target - floor);
      return { indicatorCode, achieved: Math.min(target - 1, floor + ((at + position) % room)) };
    });
  };
  const results = figures(index);
  const before = index === 0 ? null : figures(index - 1);
  const changesStatus =
    before === null ||
    results.some((line, position) => {
      const target = targets[position]!.target;
      return statusOf(line.achieved, target) !== statusOf(before[position]!.achieved, target);
    });
  const worsens = lagCodes(index).size > lagCodes(index - 1).size;
  return { results, worsens, changesStatus };
};
