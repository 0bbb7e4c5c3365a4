import { randomUUID } from 'node:crypto';
import type { CommittedTargetV3, GrantedMentorshipV3, TargetsCommittedV3 } from '#contracts';

export interface CommittedReach {
  currentReach?: number;
  approvedAdditionalReach: number;
  /** Defaults to 60, the catalogue's rate for A05. */
  eurPerKpi?: number;
  /** Defaults to approved additional reach x euro per KPI, in cents. */
  amountCents?: number;
}

/** One committed line as applications announces it: the target is current + approved additional reach. */
export const committedTarget = (
  indicatorCode: string,
  { currentReach = 0, approvedAdditionalReach, eurPerKpi = 60, amountCents = approvedAdditionalReach * eurPerKpi * 100 }: CommittedReach,
): CommittedTargetV3 => ({
  indicatorCode,
  currentReach,
  approvedAdditionalReach,
  target: currentReach + approvedAdditionalReach,
  eurPerKpi,
  amountCents,
});

/** A granted mentorship: EUR 10,000 per mentorship unless given. */
export const grantedMentorship = (actionNumber: number, amountCents = 1_000_000): GrantedMentorshipV3 => ({ actionNumber, amountCents });

export interface TargetsCommittedOptions {
  applicationId?: string;
  decisionId?: string;
  revision?: number;
  groupCode?: string | null;
  mentorships?: GrantedMentorshipV3[];
  amendmentReason?: string | null;
  catalogueVersion?: string;
}

/** Committed targets as applications announces them (targets-committed v3): the total is the lines' and stimuli's sum. */
export const testTargetsCommitted = (
  governmentCode: string,
  projectYear: number,
  targets: CommittedTargetV3[],
  {
    applicationId = randomUUID(),
    decisionId = randomUUID(),
    revision = 1,
    groupCode = null,
    mentorships = [],
    amendmentReason = revision > 1 ? 'amendment accepted' : null,
    catalogueVersion = 'sha256-test00000000',
  }: TargetsCommittedOptions = {},
): TargetsCommittedV3 => ({
  applicationId,
  decisionId,
  revision,
  governmentCode,
  groupCode,
  projectYear,
  catalogueVersion,
  totalCents:
    targets.reduce((sum, line) => sum + line.amountCents, 0) + mentorships.reduce((sum, mentorship) => sum + mentorship.amountCents, 0),
  targets,
  mentorships,
  amendmentReason,
});
