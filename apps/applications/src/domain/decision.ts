import { RuleViolation } from '#domain';
import { priceLine, type IndicatorPrice } from './subsidy-pricing.js';

/** One approved line of a decided application: the target the government reports its total against. */
export interface ApprovedLine {
  indicatorCode: string;
  currentReach: number;
  approvedAdditionalReach: number;
}

/** A decided line: the target the government committed to, and the subsidy it is priced at. */
export interface CommittedTarget extends ApprovedLine {
  target: number;
  subsidisedReach: number;
  eurPerKpi: number;
  amountEur: number;
}

/**
 * Turns approved lines into committed targets (current + approved additional reach), each priced
 * at the catalogue's euro per KPI, refusing
 * unknown indicators, duplicates and approvals above the cap one applicant may receive. Each refusal
 * names the line, so ABB can correct it.
 */
export const commitTargets = (lines: ApprovedLine[], priceOf: (indicatorCode: string) => IndicatorPrice | undefined): CommittedTarget[] => {
  if (lines.length === 0) throw new RuleViolation('a decision approves at least one indicator');
  const seen = new Set<string>();
  return lines.map((line, index) => {
    const limits = priceOf(line.indicatorCode);
    if (!limits)
      throw new RuleViolation(
        `targets[${index}].indicatorCode: ${line.indicatorCode} is not a subsidised indicator of Plan Samenleven in this project year`,
      );
    if (seen.has(line.indicatorCode))
      throw new RuleViolation(`targets[${index}].indicatorCode: ${line.indicatorCode} appears more than once`);
    seen.add(line.indicatorCode);
    if (!Number.isInteger(line.currentReach) || line.currentReach < 0)
      throw new RuleViolation(`targets[${index}].currentReach: must be a whole number >= 0, got ${line.currentReach}`);
    if (line.approvedAdditionalReach > limits.maxPerApplicant)
      throw new RuleViolation(
        `targets[${index}].approvedAdditionalReach: ${line.approvedAdditionalReach} ` +
          `exceeds the cap of ${limits.maxPerApplicant} for ${line.indicatorCode}`,
      );
    const { subsidisedReach, eurPerKpi, amountEur } = priceLine(line, limits);
    return { ...line, target: line.currentReach + line.approvedAdditionalReach, subsidisedReach, eurPerKpi, amountEur };
  });
};

/** What a decision commits: the sum of its lines. */
export const decisionAmount = (targets: readonly CommittedTarget[]): number => targets.reduce((sum, line) => sum + line.amountEur, 0);
