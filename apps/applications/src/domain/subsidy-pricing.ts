import { RuleViolation } from '#domain';

/** The catalogue's price of an indicator; never retyped here, always looked up in the catalogue data. */
export interface IndicatorPrice {
  eurPerKpi: number;
  maxPerApplicant: number;
}

export interface PricedReach {
  indicatorCode: string;
  approvedAdditionalReach: number;
  /** The part of the approved reach that is paid for: never above the cap one applicant may receive. */
  subsidisedReach: number;
  eurPerKpi: number;
  amountEur: number;
}

/**
 * Subsidy per line = approved additional KPI x euro per KPI, never above maxPerApplicant x euro per KPI
 * (catalogue rule `subsidyPerLine`). Only additional reach is subsidised, so current reach plays no part.
 * The decision prices its lines once; every other service takes the amounts from its event.
 */
export const priceLine = (line: { indicatorCode: string; approvedAdditionalReach: number }, price: IndicatorPrice): PricedReach => {
  if (!Number.isInteger(line.approvedAdditionalReach) || line.approvedAdditionalReach < 0)
    throw new RuleViolation(
      `${line.indicatorCode}: approved additional reach must be a whole number >= 0, got ${line.approvedAdditionalReach}`,
    );
  const subsidisedReach = Math.min(line.approvedAdditionalReach, price.maxPerApplicant);
  return {
    indicatorCode: line.indicatorCode,
    approvedAdditionalReach: line.approvedAdditionalReach,
    subsidisedReach,
    eurPerKpi: price.eurPerKpi,
    amountEur: subsidisedReach * price.eurPerKpi,
  };
};
