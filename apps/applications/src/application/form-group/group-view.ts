import type { GovernmentGroup } from '../../domain/group.js';

/** A group as the API shows it: with its members' count of inhabitants of non-EU origin and whether it is eligible. */
export interface GroupView extends GovernmentGroup {
  /** Null when a member's count is not recorded. */
  nonEuOriginInhabitants: number | null;
  eligible: boolean;
  /** Why not, with the numbers; null when eligible. */
  eligibilityReason: string | null;
}
