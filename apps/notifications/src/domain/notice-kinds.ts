import { NETWORK_NOTICE_KINDS } from './network-notice.js';

/** What a message is about; each kind has its templates in apps/notifications/templates/<kind>.*.hbs. */
export const NOTICE_KINDS = [
  'lagging',
  'at-risk',
  'reminder',
  'overdue',
  'report-accepted',
  'report-changes-requested',
  'abb-digest',
  // The decision once its budget is committed (applications), and the money after it (budgeting).
  'subsidy-awarded',
  'payment-released',
  'cofinancing-shortfall',
  'recovery-proposed',
  'recovery-confirmed',
  ...NETWORK_NOTICE_KINDS,
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const CHANNELS = ['email', 'inbox'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Signals the programme relies on: a government cannot switch them off (issue 9, Notifications). */
export const CRITICAL_KINDS: readonly NoticeKind[] = ['lagging', 'at-risk', 'overdue'];

export const isCritical = (kind: NoticeKind): boolean => CRITICAL_KINDS.includes(kind);

/** Who receives a kind: local governments (their inbox and contact persons) or ABB staff. */
export type Audience = 'government' | 'abb';

export const audienceOf = (kind: NoticeKind): Audience => (kind === 'abb-digest' ? 'abb' : 'government');

export const kindsFor = (audience: Audience): NoticeKind[] => NOTICE_KINDS.filter((kind) => audienceOf(kind) === audience);

/** The inbox of ABB staff, next to one inbox per government (its code). */
export const ABB_INBOX = 'abb';
