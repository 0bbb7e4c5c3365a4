import { randomUUID } from 'node:crypto';
import { governmentRegisteredV2 } from '#contracts';
import type {
  GovernmentRegisteredV2,
  IndicatorBehindV1,
  IndicatorStatus,
  IndicatorStatusChangedV2,
  PeriodStatusSummarisedV1,
  ReportReminderDueV1,
  ReportReviewedV1,
  ReportReviewedV2,
  ReportSubmittedV2,
  ReturnOverdueV1,
} from '#contracts';

// The events notifications consumes, as reporting announces them, at Gent's interim review of 2,000 (A05) and 1 (A02).

const TARGETS: Record<string, { target: number; expected: number }> = {
  A05: { target: 2000, expected: 997.26 },
  A02: { target: 1, expected: 0.5 },
  A07: { target: 40, expected: 19.95 },
};

const behind = (indicatorCode: string, achieved: number | null): IndicatorBehindV1 => ({
  indicatorCode,
  achieved,
  ...(TARGETS[indicatorCode] ?? { target: 100, expected: 50 }),
});

/** A period summary naming which indicators are lagging and at risk (with what was achieved). */
export const testSummary = (
  governmentCode: string,
  situation: { lagging?: Record<string, number | null>; atRisk?: Record<string, number | null> },
  periodCode = 'PJ1-INTERIM',
): PeriodStatusSummarisedV1 => ({
  governmentCode,
  projectYear: Number(periodCode.slice(2, 3)),
  periodCode,
  cause: 'report',
  reportVersion: 1,
  lagging: Object.entries(situation.lagging ?? {}).map(([code, achieved]) => behind(code, achieved)),
  atRisk: Object.entries(situation.atRisk ?? {}).map(([code, achieved]) => behind(code, achieved)),
  notReported: [],
  indicatorCount: 3,
  checkedAt: '2023-04-10T09:30:01.000Z',
});

export const testStatusChangeV2 = (
  governmentCode: string,
  indicatorCode: string,
  previousStatus: IndicatorStatus,
  status: IndicatorStatus,
): IndicatorStatusChangedV2 => ({
  governmentCode,
  indicatorCode,
  projectYear: 1,
  periodCode: 'PJ1-INTERIM',
  previousStatus,
  status,
  achieved: 300,
  ...(TARGETS[indicatorCode] ?? { target: 100, expected: 50 }),
  tolerance: 0.8,
  cause: 'report',
  reportVersion: 1,
});

export const testReminder = (governmentCode: string, daysBefore: 14 | 3): ReportReminderDueV1 => ({
  governmentCode,
  projectYear: 1,
  periodCode: 'PJ1-INTERIM',
  due: '2023-04-15',
  daysBefore,
  remindAt: daysBefore === 14 ? '2023-04-01T00:00:00.000Z' : '2023-04-12T00:00:00.000Z',
});

export const testOverdue = (governmentCode: string): ReturnOverdueV1 => ({
  governmentCode,
  projectYear: 1,
  periodCode: 'PJ1-INTERIM',
  due: '2023-04-15',
  overdueAt: '2023-04-16T00:00:00.000Z',
});

export const testSubmission = (governmentCode: string, reportId: string, reportVersion: number, late = false): ReportSubmittedV2 => ({
  reportId,
  governmentCode,
  projectYear: 1,
  periodCode: 'PJ1-INTERIM',
  reportVersion,
  submittedAt: `2023-04-1${reportVersion}T09:30:00.000Z`,
  due: '2023-04-15',
  late,
  results: [{ indicatorCode: 'A05', achieved: 600, motivation: null }],
});

export const testReview = (
  governmentCode: string,
  outcome: ReportReviewedV1['outcome'],
  { reportId = randomUUID(), reportVersion = 1, comments = [] as ReportReviewedV1['comments'] } = {},
): ReportReviewedV1 => ({
  reportId,
  governmentCode,
  projectYear: 1,
  periodCode: 'PJ1-INTERIM',
  reportVersion,
  outcome,
  comments,
  reviewedAt: '2023-04-20T10:00:00.000Z',
});

/** A v2 review (what reporting publishes): an annual acceptance by default, with lines of the reviewed version. */
export const testReviewV2 = (
  governmentCode: string,
  outcome: ReportReviewedV2['outcome'],
  {
    reportId = randomUUID(),
    reportVersion = 1,
    comments = [] as ReportReviewedV2['comments'],
    periodCode = 'PJ1-ANNUAL',
    lines = [] as ReportReviewedV2['lines'],
  } = {},
): ReportReviewedV2 => ({
  reportId,
  governmentCode,
  projectYear: 1,
  periodCode,
  periodKind: periodCode.endsWith('-INTERIM') ? 'interim' : 'annual',
  reportVersion,
  outcome,
  lines,
  comments,
  reviewedAt: '2023-10-20T10:00:00.000Z',
});

/** A registration with contact persons: the first primary, the others finance. */
export const registration = (governmentCode: string, name: string, emails: string[]): GovernmentRegisteredV2 => ({
  ...governmentRegisteredV2.example,
  governmentCode,
  name,
  contacts: emails.map((email, index) => ({ name: `Contact ${index + 1}`, email, phone: null, role: index === 0 ? 'primary' : 'finance' })),
});
