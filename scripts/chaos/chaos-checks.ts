import { findReportingPeriod } from '#catalogue';
import type { IndicatorStatus } from '#contracts';
import { realisedTotal, type CountedFigure } from '../../apps/reporting/src/domain/indicator-figures.js';
import { afterSignal, isWorse, NOTHING_SIGNALLED, type BehindSituation } from '../../apps/notifications/src/domain/lagging-signal.js';

/** One report version as stored (or as the client last sent it), reduced to what the figures count. */
export interface ReportVersion {
  governmentCode: string;
  periodCode: string;
  version: number;
  results: { indicatorCode: string; achieved: number | null }[];
}

/** One indicator-status-changed event as read back from the reporting topic, in topic order per partition. */
export interface AnnouncedChange {
  eventId: string;
  governmentCode: string;
  indicatorCode: string;
  periodCode: string;
  previousStatus: IndicatorStatus;
  status: IndicatorStatus;
}

/**
 * The realised figure per indicator, recomputed with the domain rule (realisedTotal) from report versions:
 * only the latest version per government and period counts, and a government with its latest period.
 */
export const recomputeRealised = (reports: readonly ReportVersion[]): Map<string, number> => {
  const perIndicator = new Map<string, CountedFigure[]>();
  for (const report of reports) {
    const period = findReportingPeriod(report.periodCode);
    if (!period) throw new Error(`unknown reporting period ${report.periodCode}`);
    for (const result of report.results) {
      const figures = perIndicator.get(result.indicatorCode) ?? [];
      figures.push({
        governmentCode: report.governmentCode,
        periodCode: report.periodCode,
        periodEndsOn: period.covers[1],
        reportVersion: report.version,
        achieved: result.achieved,
      });
      perIndicator.set(result.indicatorCode, figures);
    }
  }
  return new Map([...perIndicator].map(([indicatorCode, figures]) => [indicatorCode, realisedTotal(figures)]));
};

export interface AnnouncementCheck {
  /** Messages read on the topic (a redelivered copy of one event counts here, not below). */
  messages: number;
  distinctEvents: number;
  /** Distinct events that repeat a change already announced, or do not follow from the one before. */
  duplicatedChanges: number;
  /** Summaries that must each have caused one e-mail per contact (signallingSummaries). */
  signalling: string[];
}

/** A period summary as reporting announced it (period-status-summarised v1). */
export interface AnnouncedSummary {
  eventId: string;
  governmentCode: string;
  periodCode: string;
  lagging: string[];
  atRisk: string[];
}

/**
 * The summaries that must each have caused one e-mail: per government and period, the first one with anything behind,
 * and later ones only when the situation got worse (notifications' rule, lagging-signal.ts). Duplicates (the same
 * event id again) count once; summaries in topic order per government.
 */
export const signallingSummaries = (summaries: readonly AnnouncedSummary[]): string[] => {
  const seen = new Set<string>();
  const told = new Map<string, BehindSituation>();
  const signalling: string[] = [];
  for (const summary of summaries) {
    if (seen.has(summary.eventId)) continue;
    seen.add(summary.eventId);
    const key = `${summary.governmentCode}/${summary.periodCode}`;
    const before = told.get(key) ?? NOTHING_SIGNALLED;
    const now = { lagging: summary.lagging, atRisk: summary.atRisk };
    if (!isWorse(before, now)) continue;
    signalling.push(summary.eventId);
    told.set(key, afterSignal(before, now));
  }
  return signalling;
};

/**
 * Every status change announced once: per government x indicator x period the distinct events (topic order)
 * must form a chain, each starting from the status the previous one ended in, and never from X to X.
 * A change announced twice under two event ids breaks the chain.
 */
export const checkAnnouncements = (changes: readonly AnnouncedChange[], summaries: readonly AnnouncedSummary[] = []): AnnouncementCheck => {
  const seen = new Set<string>();
  const lastStatus = new Map<string, IndicatorStatus>();
  let duplicatedChanges = 0;
  for (const change of changes) {
    if (seen.has(change.eventId)) continue;
    seen.add(change.eventId);
    const key = `${change.governmentCode}/${change.indicatorCode}/${change.periodCode}`;
    const before = lastStatus.get(key) ?? 'not-reported';
    if (change.previousStatus !== before || change.previousStatus === change.status) duplicatedChanges += 1;
    lastStatus.set(key, change.status);
  }
  return { messages: changes.length, distinctEvents: seen.size, duplicatedChanges, signalling: signallingSummaries(summaries) };
};

export interface MailCheck {
  /** Messages in the sink, a resend after a claim timeout included. */
  messages: number;
  distinctMessageIds: number;
  /** Copies beyond the first of a Message-ID: allowed (a kill between SMTP acceptance and the record). */
  resent: number;
  /** Causes with an e-mail notification but no message in the sink. */
  lost: number;
  /** Causes with more than one distinct Message-ID, or Message-IDs no cause explains. */
  duplicated: number;
}

/**
 * Exactly one e-mail per notification cause, counted by distinct Message-ID: the dispatcher derives the
 * Message-ID from the notification, so a legitimate resend carries the same one and is not a duplicate.
 */
export const checkMail = (
  expectedCauses: readonly string[],
  notifications: readonly { id: string; causeEventId: string }[],
  sinkMessageIds: readonly (string | undefined)[],
  messageIdOf: (notificationId: string) => string,
): MailCheck => {
  const distinct = new Set(sinkMessageIds.filter((id): id is string => id !== undefined));
  const idsPerCause = new Map<string, Set<string>>();
  for (const notification of notifications) {
    const messageId = messageIdOf(notification.id);
    if (!distinct.has(messageId)) continue;
    const ids = idsPerCause.get(notification.causeEventId) ?? new Set<string>();
    ids.add(messageId);
    idsPerCause.set(notification.causeEventId, ids);
  }
  const explained = new Set([...idsPerCause.values()].flatMap((ids) => [...ids]));
  const lost = expectedCauses.filter((cause) => !idsPerCause.has(cause)).length;
  const duplicated =
    [...idsPerCause.values()].reduce((sum, ids) => sum + ids.size - 1, 0) +
    [...distinct].filter((id) => !explained.has(id)).length +
    [...idsPerCause.keys()].filter((cause) => !expectedCauses.includes(cause)).length;
  return {
    messages: sinkMessageIds.length,
    distinctMessageIds: distinct.size,
    resent: sinkMessageIds.length - distinct.size,
    lost,
    duplicated,
  };
};

/** What must be zero once the platform has settled. */
export interface StuckCheck {
  consumerLag: number;
  unpublishedOutbox: number;
  deadLetters: number;
  /** E-mail neither sent nor failed for good (pending or claimed). */
  unsentMail: number;
  failedMail: number;
}

export const stuckTotal = (stuck: StuckCheck): number => Object.values(stuck).reduce((sum, value) => sum + value, 0);

export interface ChaosVerdict {
  lost: number;
  duplicated: number;
  stuck: number;
  failures: string[];
}

/** The verdict over all checks: lost, duplicated and stuck counts, and a sentence per failed check. */
export const judge = (checks: {
  realised: { indicatorCode: string; figure: number; fromClient: number; fromStore: number }[];
  announcements: AnnouncementCheck;
  mail: MailCheck;
  stuck: StuckCheck;
}): ChaosVerdict => {
  const failures: string[] = [];
  let lost = checks.mail.lost;
  for (const { indicatorCode, figure, fromClient, fromStore } of checks.realised) {
    if (figure !== fromClient || figure !== fromStore) {
      failures.push(`${indicatorCode}: realised ${figure}, recomputed ${fromClient} (client) / ${fromStore} (stored versions)`);
      lost += 1;
    }
  }
  if (checks.announcements.duplicatedChanges > 0)
    failures.push(`${checks.announcements.duplicatedChanges} status change(s) announced twice`);
  if (checks.mail.lost > 0) failures.push(`${checks.mail.lost} notification cause(s) without an e-mail`);
  if (checks.mail.duplicated > 0) failures.push(`${checks.mail.duplicated} e-mail(s) beyond one per cause`);
  const stuck = stuckTotal(checks.stuck);
  for (const [name, value] of Object.entries(checks.stuck)) if (value > 0) failures.push(`${name}: ${value}`);
  return { lost, duplicated: checks.announcements.duplicatedChanges + checks.mail.duplicated, stuck, failures };
};
