import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allIndicators, findIndicator } from '#catalogue';
import { RuleViolation } from '#domain';
import { priceLine } from './subsidy-pricing.js';

describe('priceLine', () => {
  it('prices approved additional reach at the catalogue euro per KPI', () => {
    // Gent's demo decision: 1,500 extra Dutch practice opportunities (A05).
    expect(priceLine({ indicatorCode: 'A05', approvedAdditionalReach: 1500 }, findIndicator('A05')!)).toEqual({
      indicatorCode: 'A05',
      approvedAdditionalReach: 1500,
      subsidisedReach: 1500,
      eurPerKpi: 60,
      amountEur: 90_000,
    });
  });

  it('never pays above the cap one applicant may receive', () => {
    const line = priceLine({ indicatorCode: 'A05', approvedAdditionalReach: 5000 }, findIndicator('A05')!);
    expect(line).toMatchObject({ subsidisedReach: 2250, amountEur: 2250 * 60 });
  });

  it('line amount = min(reach, cap) x euro per KPI, for every indicator of the catalogue', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allIndicators()), fc.nat(100_000), (indicator, reach) => {
        const line = priceLine({ indicatorCode: indicator.code, approvedAdditionalReach: reach }, indicator);
        expect(line.amountEur).toBe(Math.min(reach, indicator.maxPerApplicant) * indicator.eurPerKpi);
        expect(line.amountEur).toBeLessThanOrEqual(indicator.maxPerApplicant * indicator.eurPerKpi);
        expect(line.eurPerKpi).toBe(indicator.eurPerKpi);
      }),
    );
  });

  it('refuses a negative or fractional reach', () => {
    expect(() => priceLine({ indicatorCode: 'A05', approvedAdditionalReach: -1 }, findIndicator('A05')!)).toThrow(RuleViolation);
    expect(() => priceLine({ indicatorCode: 'A05', approvedAdditionalReach: 1.5 }, findIndicator('A05')!)).toThrow(RuleViolation);
  });
});
