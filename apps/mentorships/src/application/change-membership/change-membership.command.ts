/** invite: the mentor (or ABB); accept, decline, leave: the government; add, remove: ABB. */
export const MEMBERSHIP_CHANGES = ['invite', 'accept', 'decline', 'leave', 'add', 'remove'] as const;
export type MembershipChange = (typeof MEMBERSHIP_CHANGES)[number];

export interface ChangeMembershipCommand {
  networkId: string;
  governmentCode: string;
  change: MembershipChange;
}
