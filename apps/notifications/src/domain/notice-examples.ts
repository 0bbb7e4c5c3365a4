import {
  attendanceRecordedV1,
  memberInvitedV1,
  networkBehindOnSessionsV1,
  sessionScheduledV1,
  type AttendanceRecordedV1,
  cofinancingShortfallFlaggedV1,
  paymentReleasedV1,
  recoveryDecidedV1,
  recoveryProposedV1,
  periodStatusSummarisedV1,
  reportReminderDueV1,
  reportReviewedV1,
  reportReviewedV2,
  returnOverdueV1,
  targetsCommittedV3,
  type ReportReminderDueV1,
  type TargetsCommittedV3,
  type ReportReviewedV1,
  type ReportReviewedV2,
} from '#contracts';
import { digestContext, noticeContext } from './notice-context.js';
import type { NoticeKind } from './notice-kinds.js';
import type { DigestFacts, NoticeFacts } from './notice.js';

// The variables a template of each kind is filled with, from the examples of the events that cause it. An edit
// of a template by ABB is checked against every example of its kind, and the preview shows the first.

const GENT = 'Stad Gent';
const REMINDER = reportReminderDueV1.example as ReportReminderDueV1;
const REVIEW = reportReviewedV1.example as ReportReviewedV1;
const ACCEPTED = reportReviewedV2.example as ReportReviewedV2;

/** Each government kind filled from the example of the event that causes it. */
export const NOTICE_EXAMPLES: Record<Exclude<NoticeKind, 'abb-digest'>, NoticeFacts> = {
  lagging: { kind: 'lagging', summary: periodStatusSummarisedV1.example, newlyBehind: ['A05'] },
  'at-risk': {
    kind: 'at-risk',
    summary: {
      ...periodStatusSummarisedV1.example,
      lagging: [{ indicatorCode: 'A02', achieved: 0, target: 1, expected: 0.5 }],
      atRisk: [{ indicatorCode: 'A05', achieved: 300, target: 2000, expected: 997.26 }],
    },
    newlyBehind: ['A05'],
  },
  reminder: { kind: 'reminder', reminder: REMINDER },
  overdue: { kind: 'overdue', overdue: returnOverdueV1.example },
  'report-accepted': { kind: 'report-accepted', review: ACCEPTED },
  'report-changes-requested': { kind: 'report-changes-requested', review: REVIEW },
  'subsidy-awarded': { kind: 'subsidy-awarded', award: targetsCommittedV3.example as TargetsCommittedV3 },
  'payment-released': { kind: 'payment-released', payment: paymentReleasedV1.example },
  'cofinancing-shortfall': { kind: 'cofinancing-shortfall', shortfall: cofinancingShortfallFlaggedV1.example },
  'recovery-proposed': { kind: 'recovery-proposed', recovery: recoveryProposedV1.example },
  'recovery-confirmed': { kind: 'recovery-confirmed', decision: recoveryDecidedV1.example },
  'network-invitation': { kind: 'network-invitation', invitation: memberInvitedV1.example, mentorName: 'Stad Mechelen' },
  'session-planned': { kind: 'session-planned', session: sessionScheduledV1.example },
  'session-changed': { kind: 'session-changed', session: { ...sessionScheduledV1.example, sequence: 1 } },
  'session-cancelled': { kind: 'session-cancelled', session: { ...sessionScheduledV1.example, sequence: 2 } },
  'attendance-confirmed': { kind: 'attendance-confirmed', attendance: attendanceRecordedV1.example as AttendanceRecordedV1 },
  'network-behind': { kind: 'network-behind', behind: networkBehindOnSessionsV1.example, forAbb: false, mentorName: 'Stad Mechelen' },
};

export const DIGEST_EXAMPLE: DigestFacts = {
  day: '2023-04-16',
  statusChanges: [{ governmentCode: '44021', governmentName: GENT, indicatorCode: 'A05', periodCode: 'PJ1-INTERIM', status: 'at-risk' }],
  overdue: [{ governmentCode: '11002', governmentName: 'Stad Antwerpen', periodCode: 'PJ1-INTERIM', due: '2023-04-15' }],
  awaitingReview: [
    {
      governmentCode: '44021',
      governmentName: GENT,
      periodCode: 'PJ1-INTERIM',
      reportVersion: 2,
      submittedAt: '2023-04-10T09:30:00.000Z',
      late: false,
    },
  ],
};

/** Variations that take the other branches of a kind's templates (a nil return, year 3, an empty digest). */
const variations = (kind: NoticeKind): Record<string, unknown>[] => {
  switch (kind) {
    case 'lagging': {
      const summary = {
        ...periodStatusSummarisedV1.example,
        lagging: [
          { indicatorCode: 'A02', achieved: null, target: 1, expected: 0.5 },
          { indicatorCode: 'A05', achieved: 600, target: 2000, expected: 997.26 },
        ],
      };
      return [noticeContext({ kind: 'lagging', summary, newlyBehind: ['A02', 'A05'] }, GENT)];
    }
    case 'at-risk': {
      const facts = NOTICE_EXAMPLES['at-risk'];
      if (facts.kind !== 'at-risk') return [];
      return [noticeContext({ ...facts, summary: { ...facts.summary, projectYear: 3, periodCode: 'PJ3-INTERIM' } }, GENT)];
    }
    case 'reminder':
      return [noticeContext({ kind: 'reminder', reminder: { ...REMINDER, daysBefore: 3 } }, GENT)];
    case 'abb-digest':
      return [digestContext({ day: DIGEST_EXAMPLE.day, statusChanges: [], overdue: [], awaitingReview: [] })];
    default:
      return [];
  }
};

/** The example contexts of a kind, the usual case first. */
export const exampleContexts = (kind: NoticeKind): Record<string, unknown>[] => [
  kind === 'abb-digest' ? digestContext(DIGEST_EXAMPLE) : noticeContext(NOTICE_EXAMPLES[kind], GENT),
  ...variations(kind),
];
