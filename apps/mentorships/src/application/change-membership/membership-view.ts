import type { IndicatorStatus } from '#contracts';
import type { Membership, MembershipState } from '../../domain/network-membership.js';

export interface MembershipView {
  networkId: string;
  governmentCode: string;
  state: MembershipState;
  invitedAt: string | null;
  joinedAt: string | null;
  endedAt: string | null;
  statusAtJoin: IndicatorStatus | null;
  caughtUpAt: string | null;
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export const membershipView = (membership: Membership): MembershipView => ({
  networkId: membership.networkId,
  governmentCode: membership.governmentCode,
  state: membership.state,
  invitedAt: iso(membership.invitedAt),
  joinedAt: iso(membership.joinedAt),
  endedAt: iso(membership.endedAt),
  statusAtJoin: membership.statusAtJoin,
  caughtUpAt: iso(membership.caughtUpAt),
});
