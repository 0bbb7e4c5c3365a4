import type { IndicatorStatus } from '#contracts';

/** Below this share of what was expected by the end of the period an indicator is lagging (LAGGING_TOLERANCE). */
export const DEFAULT_LAGGING_TOLERANCE = 0.8;

/**
 * The catalogue's `continuationThresholdYear3`: an action continues into project year 3 only if at least 25% of its
 * target was reached at the interim review, or after ABB accepted a motivation.
 */
export const CONTINUATION_THRESHOLD = 0.25;

export interface TargetCheckInput {
  /** false: no figure for the period (its due date passed without one). */
  reported: boolean;
  /** The running total; null is a deliberate nil return, which counts as 0 here. */
  achieved: number | null;
  target: number;
  /** What was expected by the end of the period: target x share of the project year elapsed. */
  expected: number;
  /** The share of `expected` below which the indicator is lagging. */
  tolerance: number;
  /** An open at-risk flag for this government, indicator and project year (not cleared by an accepted motivation). */
  atRiskFlagged: boolean;
}

// `expected` carries two decimals; without a margin 0.7 x 1000 would ask for 700.0000000000001.
const MARGIN = 1e-9;

/**
 * The status of one government x indicator in a period, as the programme defines it: achieved at or above the target;
 * at risk while the interim review's flag is open (at risk wins over lagging and on track); on track at or above the
 * tolerance of what was expected; lagging below it. Reports are running totals, compared directly.
 */
export const assessIndicator = ({ reported, achieved, target, expected, tolerance, atRiskFlagged }: TargetCheckInput): IndicatorStatus => {
  if (!reported) return 'not-reported';
  const total = achieved ?? 0;
  if (total >= target) return 'achieved';
  if (atRiskFlagged) return 'at-risk';
  if (total + MARGIN >= tolerance * expected) return 'on-track';
  return 'lagging';
};

/** At the interim review: below 25% of the target, continuation into year 3 needs a motivation. A nil return is 0. */
export const belowContinuationThreshold = (achieved: number | null, target: number): boolean =>
  (achieved ?? 0) < target * CONTINUATION_THRESHOLD;

/** The interim report is the programme's interim review; the annual report is not. */
export const isInterimPeriod = (periodCode: string): boolean => periodCode.endsWith('-INTERIM');

/** A tolerance is a share of what was expected: more than 0, at most 1. */
export const isValidTolerance = (tolerance: number): boolean => Number.isFinite(tolerance) && tolerance > 0 && tolerance <= 1;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The share of the project year's target expected by the end of a period, from the dates in the
 * catalogue. Both end dates are inclusive (a period "until 31 March" includes that day), so the
 * interim period 1 October - 31 March expects 182 of 365 days' worth of the target.
 */
export const expectedShare = (periodEnd: string, yearStart: string, yearEnd: string): number => {
  const start = Date.parse(yearStart);
  const share = (Date.parse(periodEnd) + DAY_MS - start) / (Date.parse(yearEnd) + DAY_MS - start);
  return Math.min(1, Math.max(0, share));
};

export const expectedByPeriodEnd = (target: number, share: number): number => Math.round(target * share * 100) / 100;

/** One indicator's checked figure in a period, as the period summary lists it. */
export interface CheckedIndicator {
  indicatorCode: string;
  status: IndicatorStatus;
  achieved: number | null;
  target: number;
  expected: number;
}

export interface PeriodSummary {
  lagging: Omit<CheckedIndicator, 'status'>[];
  atRisk: Omit<CheckedIndicator, 'status'>[];
  notReported: string[];
}

/** Which of a government's indicators in a period are lagging, at risk and not reported, in indicator order. */
export const summarisePeriod = (checked: readonly CheckedIndicator[]): PeriodSummary => {
  const sorted = [...checked].sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
  const figure = ({ indicatorCode, achieved, target, expected }: CheckedIndicator) => ({ indicatorCode, achieved, target, expected });
  return {
    lagging: sorted.filter((row) => row.status === 'lagging').map(figure),
    atRisk: sorted.filter((row) => row.status === 'at-risk').map(figure),
    notReported: sorted.filter((row) => row.status === 'not-reported').map((row) => row.indicatorCode),
  };
};
