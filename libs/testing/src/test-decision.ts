import { randomUUID } from 'node:crypto';
import type { DecidedLineV2, TargetsCommittedV2 } from '#contracts';

/** One decided line as applications prices it: subsidised reach x euro per KPI, the target current + approved. */
export const decidedLine = (
  indicatorCode: string,
  { currentReach = 0, approvedAdditionalReach, subsidisedReach = approvedAdditionalReach, eurPerKpi = 60 }: DecidedReach,
): DecidedLineV2 => ({
  indicatorCode,
  currentReach,
  approvedAdditionalReach,
  target: currentReach + approvedAdditionalReach,
  subsidisedReach,
  eurPerKpi,
  amountEur: subsidisedReach * eurPerKpi,
});

export interface DecidedReach {
  currentReach?: number;
  approvedAdditionalReach: number;
  /** Defaults to the approved reach (no cap applies). */
  subsidisedReach?: number;
  /** Defaults to 60, the catalogue's rate for A05. */
  eurPerKpi?: number;
}

/** A decision as applications announces it (targets-committed v2): the total is the sum of its lines. */
export const testDecision = (
  governmentCode: string,
  projectYear: number,
  targets: DecidedLineV2[],
  applicationId: string = randomUUID(),
): TargetsCommittedV2 => ({
  applicationId,
  governmentCode,
  projectYear,
  catalogueVersion: 'sha256-test00000000',
  amountEur: targets.reduce((sum, line) => sum + line.amountEur, 0),
  targets,
});
