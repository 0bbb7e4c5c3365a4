import type { FieldProblem } from '#domain';

/** One indicator of an accepted annual report, as report-reviewed v2 carries it. */
export interface ReviewedLine {
  indicatorCode: string;
  currentReach: number;
  approvedAdditionalReach: number;
  target: number;
  /** null for a nil return: nothing reached. */
  realised: number | null;
  motivationAccepted: boolean | null;
}

/** Below target, and no motivation ABB accepted (none given, or not accepted): the line is considered for recovery. */
export const considersRecovery = (line: ReviewedLine): boolean => (line.realised ?? 0) < line.target && line.motivationAccepted !== true;

/** What the government added to its current reach: realised - current reach, never below 0. */
export const achievedAdditionalReach = (line: ReviewedLine): number => Math.max(0, (line.realised ?? 0) - line.currentReach);

/**
 * The recovery rule: subsidy x (1 - achieved additional reach / approved additional reach), floored to the cent (in
 * the government's favour), never negative, and nothing for a line without approved additional reach (nothing was
 * paid for reach) or that reached its approved additional reach. Exact in integers (BigInt), whatever the amounts.
 */
export const recoveryRuleCents = (subsidyCents: number, approvedAdditionalReach: number, achieved: number): number => {
  if (approvedAdditionalReach <= 0 || achieved >= approvedAdditionalReach || subsidyCents <= 0) return 0;
  const missing = BigInt(approvedAdditionalReach - Math.max(0, achieved));
  return Number((BigInt(subsidyCents) * missing) / BigInt(approvedAdditionalReach));
};

/** The proposal: the rule's amount, but never more than is left to recover of what was paid (or is due) to the government. */
export const proposedRecoveryCents = (ruleCents: number, recoverableCents: number): number =>
  Math.max(0, Math.min(ruleCents, recoverableCents));

/**
 * ABB confirms a proposal fully or for a lower amount with a reason (whole cents, at least 1, at most the proposal),
 * or waives it with a reason.
 */
export const recoveryDecisionProblems = (
  proposedCents: number,
  decision: { outcome: 'confirmed' | 'waived'; amountCents?: number; reason?: string },
): FieldProblem[] => {
  const reason = decision.reason?.trim() ?? '';
  if (decision.outcome === 'waived') {
    const problems: FieldProblem[] = [];
    if (decision.amountCents !== undefined)
      problems.push({ field: 'amountCents', problem: 'a waiver recovers nothing; leave amountCents out' });
    if (reason.length === 0) problems.push({ field: 'reason', problem: 'say why the recovery is waived' });
    return problems;
  }
  const amount = decision.amountCents ?? proposedCents;
  if (!Number.isSafeInteger(amount) || amount < 1 || amount > proposedCents)
    return [{ field: 'amountCents', problem: `${amount} is not a whole number of cents from 1 to the ${proposedCents} proposed` }];
  if (amount < proposedCents && reason.length === 0)
    return [{ field: 'reason', problem: `say why less than the ${proposedCents} cents proposed is recovered` }];
  return [];
};
