import { findIndicator, findReportingPeriod } from '#catalogue';
import type { IndicatorBehindV1, ReportReviewedV1, ReportReviewedV2 } from '#contracts';
import { moneyNoticeContext } from './money-notice-context.js';
import { networkNoticeContext } from './network-notice-context.js';
import type { DigestFacts, NoticeFacts } from './notice.js';

// The variables each template is filled with. Numbers and dates arrive formatted in Dutch, so a template needs
// no helpers and an editor sees plain names ({{governmentName}}, {{#each lagging}}...{{/each}}).

const formatNumber = (value: number): string => new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 }).format(value);

/** 2023-04-15 as "15 april 2023". */
export const formatDate = (date: string): string =>
  new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );

const formatPercentage = (value: number): string => `${new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 }).format(value * 100)}%`;

const PERIOD_NAMES: Record<string, string> = { INTERIM: 'tussentijdse rapportering', ANNUAL: 'jaarrapportering' };

/** PJ1-INTERIM as "tussentijdse rapportering van projectjaar 1". */
export const describePeriod = (periodCode: string): string => {
  const [year, kind] = periodCode.split('-');
  return `${PERIOD_NAMES[kind ?? ''] ?? periodCode} van projectjaar ${year?.replace('PJ', '') ?? ''}`;
};

/** "A05", "A02 en A05", "A01, A02 en A05". */
export const listInDutch = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

const periodFacts = (periodCode: string, projectYear: number) => {
  const period = findReportingPeriod(periodCode);
  return {
    periodCode,
    periodName: describePeriod(periodCode),
    projectYear,
    isInterim: periodCode.endsWith('-INTERIM'),
    due: period ? formatDate(period.due) : '',
    reportingPlace: `https://samenleven.vlaanderen.example/rapportering/${periodCode}`,
  };
};

const indicatorLine = (behind: IndicatorBehindV1, newlyBehind: readonly string[]) => {
  const indicator = findIndicator(behind.indicatorCode);
  return {
    code: behind.indicatorCode,
    unit: indicator?.unit ?? behind.indicatorCode,
    action: indicator ? `${indicator.actionNumber}. ${indicator.actionName}` : behind.indicatorCode,
    reported: behind.achieved !== null,
    achieved: behind.achieved === null ? 'nog geen resultaat (nulrapportering)' : formatNumber(behind.achieved),
    target: formatNumber(behind.target),
    expected: formatNumber(behind.expected),
    shareOfTarget: formatPercentage(behind.target === 0 ? 1 : (behind.achieved ?? 0) / behind.target),
    isNew: newlyBehind.includes(behind.indicatorCode),
  };
};

/** The variables of a government's message. */
export const noticeContext = (facts: NoticeFacts, governmentName: string): Record<string, unknown> => {
  switch (facts.kind) {
    case 'lagging':
    case 'at-risk': {
      const { summary, newlyBehind } = facts;
      const lagging = summary.lagging.map((behind) => indicatorLine(behind, newlyBehind));
      const atRisk = summary.atRisk.map((behind) => indicatorLine(behind, newlyBehind));
      const named = facts.kind === 'at-risk' ? atRisk.filter((line) => line.isNew) : lagging.filter((line) => line.isNew);
      const codes = (named.length > 0 ? named : [...atRisk, ...lagging]).map((line) => line.code).sort();
      return {
        governmentName,
        ...periodFacts(summary.periodCode, summary.projectYear),
        lagging,
        atRisk,
        hasLagging: lagging.length > 0,
        hasAtRisk: atRisk.length > 0,
        notReported: summary.notReported,
        hasNotReported: summary.notReported.length > 0,
        subjectIndicators: listInDutch(codes),
        severalIndicators: codes.length > 1,
        continuationYear: 3,
        isYearBeforeContinuation: summary.projectYear < 3,
      };
    }
    case 'reminder':
      return {
        governmentName,
        ...periodFacts(facts.reminder.periodCode, facts.reminder.projectYear),
        due: formatDate(facts.reminder.due),
        daysBefore: facts.reminder.daysBefore,
        isLastReminder: facts.reminder.daysBefore <= 3,
      };
    case 'overdue':
      return {
        governmentName,
        ...periodFacts(facts.overdue.periodCode, facts.overdue.projectYear),
        due: formatDate(facts.overdue.due),
      };
    case 'report-accepted':
    case 'report-changes-requested':
      return {
        governmentName,
        ...periodFacts(facts.review.periodCode, facts.review.projectYear),
        reportVersion: facts.review.reportVersion,
        reviewedOn: formatDate(facts.review.reviewedAt),
        comments: facts.review.comments.map(({ indicatorCode, comment }) => ({
          code: indicatorCode,
          unit: findIndicator(indicatorCode)?.unit ?? indicatorCode,
          comment,
        })),
        hasComments: facts.review.comments.length > 0,
        ...motivationsNotAcceptedOf(facts.review),
      };
    case 'subsidy-awarded':
    case 'payment-released':
    case 'cofinancing-shortfall':
    case 'recovery-proposed':
    case 'recovery-confirmed':
      return moneyNoticeContext(facts, governmentName);
    default:
      return networkNoticeContext(facts, governmentName);
  }
};

/** v2 of report-reviewed says which motivations ABB did not accept (v1, still in the log, says nothing of them). */
const motivationsNotAcceptedOf = (review: ReportReviewedV1 | ReportReviewedV2) => {
  const refused = 'lines' in review ? review.lines.filter((line) => line.motivationAccepted === false) : [];
  return {
    motivationsNotAccepted: refused.map((line) => ({
      code: line.indicatorCode,
      unit: findIndicator(line.indicatorCode)?.unit ?? line.indicatorCode,
      target: formatNumber(line.target),
      realised: line.realised === null ? 'niets (nulrapportering)' : formatNumber(line.realised),
    })),
    hasMotivationsNotAccepted: refused.length > 0,
  };
};

/** The variables of ABB's daily digest. */
export const digestContext = (facts: DigestFacts): Record<string, unknown> => ({
  day: formatDate(facts.day),
  statusChanges: facts.statusChanges.map((change) => ({
    ...change,
    periodName: describePeriod(change.periodCode),
    statusName: change.status === 'at-risk' ? 'risico voor projectjaar 3 (onder 25%)' : 'blijft achter',
  })),
  hasStatusChanges: facts.statusChanges.length > 0,
  overdue: facts.overdue.map((item) => ({ ...item, periodName: describePeriod(item.periodCode), due: formatDate(item.due) })),
  hasOverdue: facts.overdue.length > 0,
  awaitingReview: facts.awaitingReview.map((item) => ({
    ...item,
    periodName: describePeriod(item.periodCode),
    submittedOn: formatDate(item.submittedAt),
  })),
  hasAwaitingReview: facts.awaitingReview.length > 0,
});
