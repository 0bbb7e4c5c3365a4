/** One approved line of a decided application: the target the government reports its total against. */
export interface ApprovedLine {
  indicatorCode: string;
  currentReach: number;
  approvedAdditionalReach: number;
}

export interface CommittedTarget extends ApprovedLine {
  target: number;
}

export interface IndicatorLimits {
  maxPerApplicant: number;
}

/** A rule of the programme the decision breaks; the message names the line so ABB can correct it. */
export class DecisionRuleViolation extends Error {
  override readonly name = 'DecisionRuleViolation';
}

/**
 * Turns approved lines into committed targets (current + approved additional reach), refusing
 * unknown indicators, duplicates and approvals above the cap one applicant may receive.
 */
export const commitTargets = (lines: ApprovedLine[], limitsOf: (indicatorCode: string) => IndicatorLimits | undefined): CommittedTarget[] => {
  if (lines.length === 0) throw new DecisionRuleViolation('a decision approves at least one indicator');
  const seen = new Set<string>();
  return lines.map((line, index) => {
    const limits = limitsOf(line.indicatorCode);
    if (!limits) throw new DecisionRuleViolation(`targets[${index}].indicatorCode: ${line.indicatorCode} is not a subsidised indicator of Plan Samenleven in this project year`);
    if (seen.has(line.indicatorCode)) throw new DecisionRuleViolation(`targets[${index}].indicatorCode: ${line.indicatorCode} appears more than once`);
    seen.add(line.indicatorCode);
    if (line.approvedAdditionalReach > limits.maxPerApplicant)
      throw new DecisionRuleViolation(
        `targets[${index}].approvedAdditionalReach: ${line.approvedAdditionalReach} exceeds the cap of ${limits.maxPerApplicant} for ${line.indicatorCode}`,
      );
    return { ...line, target: line.currentReach + line.approvedAdditionalReach };
  });
};
