import type { IndicatorStatus } from '#contracts';

/** Below this share of what was expected by the end of the period, an indicator is lagging rather than at risk. */
export const AT_RISK_FLOOR = 0.8;

export interface TargetCheckInput {
  /** null: not reported, or a deliberate nil report; both mean nothing was achieved that we can count. */
  achieved: number | null;
  reported: boolean;
  target: number;
  expected: number;
}

/**
 * The status of one government x indicator against what was expected by the end of a period.
 * Reports are running totals, so they are compared directly with the expected total.
 */
export const assessIndicator = ({ achieved, reported, target, expected }: TargetCheckInput): IndicatorStatus => {
  if (!reported) return 'not-reported';
  const total = achieved ?? 0;
  if (total >= target) return 'achieved';
  if (total >= expected) return 'on-track';
  if (total >= expected * AT_RISK_FLOOR) return 'at-risk';
  return 'lagging';
};

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
