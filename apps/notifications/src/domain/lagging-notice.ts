import type { IndicatorStatus } from '#contracts';

/**
 * A change INTO lagging (indicator-status-changed v1). Notifications no longer acts on v1 (governments hear from the
 * period summary); kept for `npm run chaos`, whose checks still count v1 changes until it follows the summary.
 */
export const isNewlyLagging = (previous: IndicatorStatus, status: IndicatorStatus): boolean =>
  status === 'lagging' && previous !== 'lagging';
