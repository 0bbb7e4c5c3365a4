/** Shared field rules for payloads. NIS codes identify Flemish local governments (5 digits). */
/** At most 40 characters, the width of every government code column. */
export const GOVERNMENT_CODE_PATTERN = /^[0-9]{5}$|^(VGC|DE-RAND|GROUP-[A-Z0-9-]{1,34})$/;
export const INDICATOR_CODE_PATTERN = /^A[0-9]{2}(-[A-Z0-9]+)?$/;
export const PERIOD_CODE_PATTERN = /^PJ[1-9]-(INTERIM|ANNUAL)$/;

export const INDICATOR_STATUSES = ['not-reported', 'lagging', 'at-risk', 'on-track', 'achieved'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
