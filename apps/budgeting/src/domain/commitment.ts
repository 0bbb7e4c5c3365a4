import { RuleViolation } from '#domain';

/** One decided line as the decision priced it (targets-committed): budgeting never prices again. */
export interface CommitmentLine {
  indicatorCode: string;
  approvedAdditionalReach: number;
  /** The part of the approved reach that is paid for: never above the cap one applicant may receive. */
  subsidisedReach: number;
  eurPerKpi: number;
  amountEur: number;
}

export interface SubsidyCommitment {
  lines: CommitmentLine[];
  amountEur: number;
}

/**
 * The commitment a decision makes: its priced lines as decided, totalled. A decision whose lines do not
 * add up to what it announces, pays for more reach than it approves, or lists an indicator twice, is
 * refused: money is committed only for a decision that is consistent in itself.
 */
export const commitmentOf = (decision: { amountEur: number; lines: readonly CommitmentLine[] }): SubsidyCommitment => {
  if (decision.lines.length === 0) throw new RuleViolation('a commitment has at least one line');
  const seen = new Set<string>();
  decision.lines.forEach((line, index) => {
    if (seen.has(line.indicatorCode))
      throw new RuleViolation(`targets[${index}].indicatorCode: ${line.indicatorCode} appears more than once`);
    seen.add(line.indicatorCode);
    if (line.subsidisedReach > line.approvedAdditionalReach)
      throw new RuleViolation(
        `targets[${index}].subsidisedReach: ${line.subsidisedReach} ` +
          `exceeds the approved additional reach of ${line.approvedAdditionalReach}`,
      );
    if (line.amountEur !== line.subsidisedReach * line.eurPerKpi)
      throw new RuleViolation(
        `targets[${index}].amountEur: ${line.amountEur} is not ${line.subsidisedReach} x ${line.eurPerKpi} euro per KPI`,
      );
  });
  const amountEur = decision.lines.reduce((sum, line) => sum + line.amountEur, 0);
  if (amountEur !== decision.amountEur)
    throw new RuleViolation(`amountEur: ${decision.amountEur} is not the sum of the lines (${amountEur})`);
  return { lines: decision.lines.map((line) => ({ ...line })), amountEur };
};
