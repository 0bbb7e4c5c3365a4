import { Conflict, NotFound, RuleViolation } from '#domain';
import { GOVERNMENT_CODE_PATTERN, type IndicatorStatus } from '#contracts';

/** Where a government stands in one network. A government has at most one membership per network (its latest state). */
export const MEMBERSHIP_STATES = ['invited', 'member', 'declined', 'left', 'removed'] as const;
export type MembershipState = (typeof MEMBERSHIP_STATES)[number];

export interface Membership {
  networkId: string;
  governmentCode: string;
  state: MembershipState;
  invitedAt: Date | null;
  joinedAt: Date | null;
  /** When it declined, left or was removed. */
  endedAt: Date | null;
  /** Its status on the network's action when it (last) joined: the starting point of the catch-up view. */
  statusAtJoin: IndicatorStatus | null;
  /** When a member that joined lagging or at risk was first on track or achieved again. */
  caughtUpAt: Date | null;
}

export interface NetworkIdentity {
  id: string;
  mentorCode: string;
}

const fresh = (network: NetworkIdentity, governmentCode: string): Membership => ({
  networkId: network.id,
  governmentCode,
  state: 'invited',
  invitedAt: null,
  joinedAt: null,
  endedAt: null,
  statusAtJoin: null,
  caughtUpAt: null,
});

const refuseMentor = (network: NetworkIdentity, governmentCode: string): void => {
  if (!GOVERNMENT_CODE_PATTERN.test(governmentCode))
    throw new RuleViolation(`governmentCode: ${governmentCode} is not a government code (5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>)`);
  if (governmentCode === network.mentorCode)
    throw new RuleViolation(`governmentCode: ${governmentCode} is the mentor of ${network.id}, not a member of its own network`);
};

/**
 * The mentor invites a government: not the mentor itself, not one that is invited or a member already. One that
 * declined, left or was removed may be invited again (its one membership row starts over).
 */
export const invite = (network: NetworkIdentity, existing: Membership | null, governmentCode: string, at: Date): Membership => {
  refuseMentor(network, governmentCode);
  if (existing?.state === 'invited') throw new Conflict(`governmentCode: ${governmentCode} is already invited to ${network.id}`);
  if (existing?.state === 'member') throw new Conflict(`governmentCode: ${governmentCode} is already a member of ${network.id}`);
  return { ...fresh(network, governmentCode), invitedAt: at };
};

const requireInvitation = (network: NetworkIdentity, existing: Membership | null, governmentCode: string): Membership => {
  if (existing === null || existing.state !== 'invited')
    throw new NotFound(`invitation: ${governmentCode} has no open invitation to ${network.id}`);
  return existing;
};

/** The invited government accepts: it becomes a member, with its status on the action at this moment. */
export const accept = (
  network: NetworkIdentity,
  existing: Membership | null,
  governmentCode: string,
  statusNow: IndicatorStatus | null,
  at: Date,
): Membership => ({
  ...requireInvitation(network, existing, governmentCode),
  state: 'member',
  joinedAt: at,
  endedAt: null,
  statusAtJoin: statusNow,
  caughtUpAt: null,
});

export const decline = (network: NetworkIdentity, existing: Membership | null, governmentCode: string, at: Date): Membership => ({
  ...requireInvitation(network, existing, governmentCode),
  state: 'declined',
  endedAt: at,
});

const requireMember = (network: NetworkIdentity, existing: Membership | null, governmentCode: string): Membership => {
  if (existing === null || existing.state !== 'member')
    throw new NotFound(`governmentCode: ${governmentCode} is not a member of ${network.id}`);
  return existing;
};

/** A member leaves of its own accord. */
export const leave = (network: NetworkIdentity, existing: Membership | null, governmentCode: string, at: Date): Membership => ({
  ...requireMember(network, existing, governmentCode),
  state: 'left',
  endedAt: at,
});

/** ABB adds a government directly (no invitation needed; an open invitation becomes membership). */
export const addByAbb = (
  network: NetworkIdentity,
  existing: Membership | null,
  governmentCode: string,
  statusNow: IndicatorStatus | null,
  at: Date,
): Membership => {
  refuseMentor(network, governmentCode);
  if (existing?.state === 'member') throw new Conflict(`governmentCode: ${governmentCode} is already a member of ${network.id}`);
  return {
    ...fresh(network, governmentCode),
    invitedAt: existing?.state === 'invited' ? existing.invitedAt : null,
    state: 'member',
    joinedAt: at,
    statusAtJoin: statusNow,
  };
};

/** ABB removes a member. */
export const removeByAbb = (network: NetworkIdentity, existing: Membership | null, governmentCode: string, at: Date): Membership => ({
  ...requireMember(network, existing, governmentCode),
  state: 'removed',
  endedAt: at,
});

/** The member list the network-members-changed event carries: every current member once, in code order. */
export const memberCodesOf = (memberships: readonly Membership[]): string[] =>
  memberships
    .filter((membership) => membership.state === 'member')
    .map((membership) => membership.governmentCode)
    .sort();
