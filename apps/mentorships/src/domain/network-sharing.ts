import { RuleViolation } from '#domain';

/** What members of a network see of each other's progress; the mentor and ABB always see everything. */
export const NETWORK_SHARING = ['names-only', 'names-and-statuses', 'figures'] as const;
export type NetworkSharing = (typeof NETWORK_SHARING)[number];
export const DEFAULT_SHARING: NetworkSharing = 'names-and-statuses';

export const parseSharing = (value: string): NetworkSharing => {
  const sharing = NETWORK_SHARING.find((known) => known === value);
  if (sharing === undefined) throw new RuleViolation(`sharing: ${value} is not one of ${NETWORK_SHARING.join(', ')}`);
  return sharing;
};

export interface Viewer {
  /** The mentor or ABB. */
  manages: boolean;
  /** A government user's codes (its own progress is always visible to it). */
  governmentCodes: readonly string[];
}

export type Visibility = 'name' | 'status' | 'figures';

/** How much of a member's progress a viewer sees. */
export const visibilityOf = (viewer: Viewer, memberCode: string, sharing: NetworkSharing): Visibility => {
  if (viewer.manages || viewer.governmentCodes.includes(memberCode)) return 'figures';
  if (sharing === 'figures') return 'figures';
  return sharing === 'names-and-statuses' ? 'status' : 'name';
};
