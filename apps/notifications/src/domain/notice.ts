import type { PeriodStatusSummarisedV1, ReportReminderDueV1, ReportReviewedV1, ReportReviewedV2, ReturnOverdueV1 } from '#contracts';
import type { MoneyNoticeFacts } from './money-notice-context.js';
import type { NetworkNoticeFacts } from './network-notice.js';
import type { NoticeKind } from './notice-kinds.js';

/** What a government is to be told, and why: the event facts the templates are filled from (kept as JSON while held). */
export type NoticeFacts =
  | { kind: 'lagging' | 'at-risk'; summary: PeriodStatusSummarisedV1; newlyBehind: string[] }
  | { kind: 'reminder'; reminder: ReportReminderDueV1 }
  | { kind: 'overdue'; overdue: ReturnOverdueV1 }
  | { kind: 'report-accepted' | 'report-changes-requested'; review: ReportReviewedV1 | ReportReviewedV2 }
  | MoneyNoticeFacts
  | NetworkNoticeFacts;

export interface GovernmentNotice {
  governmentCode: string;
  /** One message per recipient and cause: the event that caused it. */
  causeEventId: string;
  facts: NoticeFacts;
}

export const kindOf = (facts: NoticeFacts): NoticeKind => facts.kind;

/** What ABB staff read in the daily digest. */
export interface DigestFacts {
  day: string;
  statusChanges: {
    governmentCode: string;
    governmentName: string;
    indicatorCode: string;
    periodCode: string;
    status: 'lagging' | 'at-risk';
  }[];
  overdue: { governmentCode: string; governmentName: string; periodCode: string; due: string }[];
  awaitingReview: {
    governmentCode: string;
    governmentName: string;
    periodCode: string;
    reportVersion: number;
    submittedAt: string;
    late: boolean;
  }[];
}
