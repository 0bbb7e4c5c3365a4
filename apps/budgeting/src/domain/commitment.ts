/** What the decision approved for one indicator, as budgeting learns it from targets-committed. */
export interface ApprovedReach {
  indicatorCode: string;
  approvedAdditionalReach: number;
}

/** The catalogue's price of an indicator; never retyped here, always looked up in the catalogue data. */
export interface IndicatorPrice {
  eurPerKpi: number;
  maxPerApplicant: number;
}

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

/** A decision budgeting cannot price; retrying never helps, so the consumer dead-letters it. */
export class CommitmentRuleViolation extends Error {
  override readonly name = 'CommitmentRuleViolation';
}

/**
 * Subsidy per line = approved additional KPI x euro per KPI, never above maxPerApplicant x euro per KPI
 * (catalogue rule `subsidyPerLine`). Only additional reach is subsidised, so current reach plays no part.
 */
export const priceLine = (line: ApprovedReach, price: IndicatorPrice): CommitmentLine => {
  if (!Number.isInteger(line.approvedAdditionalReach) || line.approvedAdditionalReach < 0)
    throw new CommitmentRuleViolation(`${line.indicatorCode}: approved additional reach must be a whole number >= 0, got ${line.approvedAdditionalReach}`);
  const subsidisedReach = Math.min(line.approvedAdditionalReach, price.maxPerApplicant);
  return {
    indicatorCode: line.indicatorCode,
    approvedAdditionalReach: line.approvedAdditionalReach,
    subsidisedReach,
    eurPerKpi: price.eurPerKpi,
    amountEur: subsidisedReach * price.eurPerKpi,
  };
};

/** Prices every line of a decision; an indicator the catalogue does not know, or one listed twice, is refused. */
export const priceCommitment = (lines: ApprovedReach[], priceOf: (indicatorCode: string) => IndicatorPrice | undefined): SubsidyCommitment => {
  if (lines.length === 0) throw new CommitmentRuleViolation('a commitment has at least one line');
  const seen = new Set<string>();
  const priced = lines.map((line, index) => {
    const price = priceOf(line.indicatorCode);
    if (!price) throw new CommitmentRuleViolation(`targets[${index}].indicatorCode: ${line.indicatorCode} is not a subsidised indicator of Plan Samenleven in this project year`);
    if (seen.has(line.indicatorCode)) throw new CommitmentRuleViolation(`targets[${index}].indicatorCode: ${line.indicatorCode} appears more than once`);
    seen.add(line.indicatorCode);
    return priceLine(line, price);
  });
  return { lines: priced, amountEur: priced.reduce((sum, line) => sum + line.amountEur, 0) };
};
