import type { IndicatorStatus, IndicatorStatusChangedV2 } from '#contracts';

/** A status change as reporting announces it (indicator-status-changed v2), for project year 1. */
export const statusChange = (
  governmentCode: string,
  indicatorCode: string,
  status: IndicatorStatus,
  { periodCode = 'PJ1-INTERIM', reportVersion = 1 }: { periodCode?: string; reportVersion?: number | null } = {},
): IndicatorStatusChangedV2 => ({
  governmentCode,
  indicatorCode,
  projectYear: 1,
  periodCode,
  previousStatus: 'not-reported',
  status,
  achieved: 600,
  target: 2000,
  expected: 997.26,
  tolerance: 0.8,
  cause: 'report',
  reportVersion,
});
