import type { IndicatorStatus } from '#contracts';
import { RuleViolation } from '#domain';

const ACTION_OF_INDICATOR = /^A([0-9]{2})(-[A-Z0-9]+)?$/;

/** The action an indicator belongs to: A09-NIEUWKOMERS and A09-HANDICAP both count for action 9. */
export const actionNumberOf = (indicatorCode: string): number => {
  const match = ACTION_OF_INDICATOR.exec(indicatorCode);
  if (!match) throw new RuleViolation(`indicatorCode: ${indicatorCode} is not an indicator code`);
  return Number(match[1]);
};

/** Most worrying first: a government's status on an action is that of its most worrying indicator there. */
const CONCERN: readonly IndicatorStatus[] = ['at-risk', 'lagging', 'not-reported', 'on-track', 'achieved'];

/** A government's status on an action from its indicators' statuses there; null when none has a status yet. */
export const actionStatusOf = (statuses: readonly IndicatorStatus[]): IndicatorStatus | null => {
  for (const status of CONCERN) if (statuses.includes(status)) return status;
  return null;
};

export const needsCatchingUp = (status: IndicatorStatus | null): boolean => status === 'lagging' || status === 'at-risk';
export const isOnCourse = (status: IndicatorStatus | null): boolean => status === 'on-track' || status === 'achieved';

export interface Candidate {
  governmentCode: string;
  /** Its status on the network's action, null before any target check. */
  status: IndicatorStatus | null;
}

export interface Suggestion extends Candidate {
  /** Lagging or at risk on the action: the governments a network helps most. */
  priority: boolean;
}

/**
 * Whom a mentor could invite: the governments with targets on the network's action in its year, except the mentor
 * and those already invited or in; lagging or at-risk ones first, then the rest, each group in code order.
 */
export const suggestMembers = (candidates: readonly Candidate[], mentorCode: string, excluded: ReadonlySet<string>): Suggestion[] =>
  candidates
    .filter((candidate) => candidate.governmentCode !== mentorCode && !excluded.has(candidate.governmentCode))
    .map((candidate) => ({ ...candidate, priority: needsCatchingUp(candidate.status) }))
    .sort((a, b) => Number(b.priority) - Number(a.priority) || a.governmentCode.localeCompare(b.governmentCode));

/** The moment a member caught up: it joined lagging or at risk, is on course now, and had not caught up before. */
export const caughtUpAt = (
  membership: { statusAtJoin: IndicatorStatus | null; caughtUpAt: Date | null },
  statusNow: IndicatorStatus | null,
  at: Date,
): Date | null => {
  if (membership.caughtUpAt !== null) return membership.caughtUpAt;
  return needsCatchingUp(membership.statusAtJoin) && isOnCourse(statusNow) ? at : null;
};

const PERIOD_RANK: Record<string, number> = { INTERIM: 1, ANNUAL: 2 };

/**
 * Whether a status change is newer than the one kept for the same government x indicator x year: a later period wins,
 * within a period a later report version; a change without a report (due date) counts as version 0; equal keys apply
 * in arrival order (a target change or an accepted motivation re-judges the same report).
 */
export const statusSupersedes = (
  kept: { periodCode: string; reportVersion: number | null } | null,
  incoming: { periodCode: string; reportVersion: number | null },
): boolean => {
  if (kept === null) return true;
  const rank = (periodCode: string): number => PERIOD_RANK[periodCode.split('-')[1] ?? ''] ?? 0;
  const byPeriod = rank(incoming.periodCode) - rank(kept.periodCode);
  if (byPeriod !== 0) return byPeriod > 0;
  return (incoming.reportVersion ?? 0) >= (kept.reportVersion ?? 0);
};

/** A report is a running total: the year's figure is its latest period's (annual over interim); undefined when none. */
export const latestOfYear = <T extends { periodCode: string }>(lines: readonly T[]): T | undefined => {
  const rank = (periodCode: string): number => PERIOD_RANK[periodCode.split('-')[1] ?? ''] ?? 0;
  return [...lines].sort((a, b) => rank(b.periodCode) - rank(a.periodCode))[0];
};
