import type { AttendanceRecordedV1, MemberInvitedV1, NetworkBehindOnSessionsV1, SessionScheduledV1 } from '#contracts';

/** The learning network messages (mentorships' events), one kind each. */
export const NETWORK_NOTICE_KINDS = [
  'network-invitation',
  'session-planned',
  'session-changed',
  'session-cancelled',
  'attendance-confirmed',
  'network-behind',
] as const;
export type NetworkNoticeKind = (typeof NETWORK_NOTICE_KINDS)[number];

export type SessionNoticeKind = 'session-planned' | 'session-changed' | 'session-cancelled';

/**
 * What a network message is filled from: the event's facts, kept as JSON while a notice is held for contacts, and the
 * mentor's name as the register announced it (absent in notices held before it was added, or when the register has not
 * announced the mentor yet).
 */
export type NetworkNoticeFacts =
  | { kind: 'network-invitation'; invitation: MemberInvitedV1; mentorName?: string }
  | { kind: SessionNoticeKind; session: SessionScheduledV1 }
  | { kind: 'attendance-confirmed'; attendance: AttendanceRecordedV1 }
  | { kind: 'network-behind'; behind: NetworkBehindOnSessionsV1; forAbb: boolean; mentorName?: string };

export const isSessionNotice = (facts: { kind: string }): facts is { kind: SessionNoticeKind; session: SessionScheduledV1 } =>
  facts.kind === 'session-planned' || facts.kind === 'session-changed' || facts.kind === 'session-cancelled';
