import { RuleViolation, type FieldProblem } from '#domain';
import { fullAmountCents, withTotals, type LinePrice, type PricedDecision } from './decision-review.js';

/**
 * A government's request to change the approved reach of some lines of its decided application. `requested`
 * until ABB reviews it; an accepted one is `accepted` until budgeting commits (`committed`) or refuses
 * (`refused-by-budget`) its revision. Requested and accepted ones are open: one at a time per application.
 */
export type AmendmentStatus = 'requested' | 'accepted' | 'rejected' | 'committed' | 'refused-by-budget';

export interface AmendedLine {
  indicatorCode: string;
  approvedAdditionalReach: number;
}

export interface Amendment {
  id: string;
  applicationId: string;
  lines: AmendedLine[];
  reason: string;
  status: AmendmentStatus;
  requestedBy: string;
  requestedAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  /** ABB's comment on a rejection. */
  comment: string | null;
  /** The decision revision an accepted amendment produced. */
  decisionId: string | null;
}

export const isOpenAmendment = (amendment: Pick<Amendment, 'status'>): boolean =>
  amendment.status === 'requested' || amendment.status === 'accepted';

/**
 * Checks a requested amendment against the decision in force, with every problem at once: only indicators of the
 * decision, each once, a whole number 0..cap, a reason, a change to at least one line, and at least one target left.
 */
export const amendmentProblems = (
  decision: Pick<PricedDecision, 'lines'>,
  lines: readonly AmendedLine[],
  reason: string,
  priceOf: (indicatorCode: string) => LinePrice | undefined,
): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (reason.trim() === '') problems.push({ field: 'reason', problem: 'an amendment states its reason' });
  if (lines.length === 0) problems.push({ field: 'lines', problem: 'an amendment changes at least one line' });
  const decided = new Map(decision.lines.map((line) => [line.indicatorCode, line]));
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const field = `lines[${index}]`;
    const current = decided.get(line.indicatorCode);
    if (!current) {
      problems.push({ field: `${field}.indicatorCode`, problem: `${line.indicatorCode} is not a line of the decision` });
      return;
    }
    if (seen.has(line.indicatorCode)) {
      problems.push({ field: `${field}.indicatorCode`, problem: `${line.indicatorCode} appears more than once` });
      return;
    }
    seen.add(line.indicatorCode);
    const cap = priceOf(line.indicatorCode)?.maxPerApplicant;
    if (!Number.isInteger(line.approvedAdditionalReach) || line.approvedAdditionalReach < 0)
      problems.push({ field: `${field}.approvedAdditionalReach`, problem: 'must be a whole number >= 0' });
    else if (cap === undefined)
      problems.push({ field: `${field}.indicatorCode`, problem: `${line.indicatorCode} is not subsidised under the decision's catalogue` });
    else if (line.approvedAdditionalReach > cap)
      problems.push({
        field: `${field}.approvedAdditionalReach`,
        problem: `${line.approvedAdditionalReach} exceeds the cap of ${cap} for ${line.indicatorCode}`,
      });
  });
  if (problems.length > 0) return problems;
  const changed = lines.filter((line) => decided.get(line.indicatorCode)?.approvedAdditionalReach !== line.approvedAdditionalReach);
  if (changed.length === 0) problems.push({ field: 'lines', problem: 'the amendment changes no approved reach' });
  const amended = new Map(lines.map((line) => [line.indicatorCode, line.approvedAdditionalReach]));
  if (!decision.lines.some((line) => (amended.get(line.indicatorCode) ?? line.approvedAdditionalReach) > 0))
    problems.push({ field: 'lines', problem: 'an amendment leaves at least one line with approved additional reach above 0' });
  return problems;
};

/**
 * The next revision of a decision after an accepted amendment: a changed line gets its new approved reach and
 * target, priced at the decision's own rate (never a later catalogue's), with the amendment's reason; the other
 * lines and the stimuli stay exactly as decided (a lower award included).
 */
export const amendDecision = (decision: PricedDecision, amendment: Pick<Amendment, 'lines' | 'reason'>): PricedDecision => {
  const amended = new Map(amendment.lines.map((line) => [line.indicatorCode, line.approvedAdditionalReach]));
  const lines = decision.lines.map((line) => {
    const approved = amended.get(line.indicatorCode);
    if (approved === undefined || approved === line.approvedAdditionalReach) return { ...line };
    return {
      ...line,
      approvedAdditionalReach: approved,
      target: line.currentReach + approved,
      amountCents: fullAmountCents(approved, line.eurPerKpi),
      reason: amendment.reason,
    };
  });
  return withTotals(
    lines,
    decision.stimuli.map((stimulus) => ({ ...stimulus })),
  );
};

/** Refuses an amendment request with every problem at once. */
export const assertAmendment = (...args: Parameters<typeof amendmentProblems>): void => {
  const problems = amendmentProblems(...args);
  if (problems.length > 0) throw RuleViolation.of(problems);
};
