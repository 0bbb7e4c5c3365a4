import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allIndicators, findIndicator } from '#catalogue';
import { CommitmentRuleViolation, priceCommitment, priceLine } from './commitment.js';

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
    expect(() => priceLine({ indicatorCode: 'A05', approvedAdditionalReach: -1 }, findIndicator('A05')!)).toThrow(CommitmentRuleViolation);
    expect(() => priceLine({ indicatorCode: 'A05', approvedAdditionalReach: 1.5 }, findIndicator('A05')!)).toThrow(CommitmentRuleViolation);
  });
});

describe('priceCommitment', () => {
  it('totals the lines', () => {
    const commitment = priceCommitment(
      [
        { indicatorCode: 'A05', approvedAdditionalReach: 1500 },
        { indicatorCode: 'A02', approvedAdditionalReach: 1 },
      ],
      findIndicator,
    );
    expect(commitment.amountEur).toBe(90_000 + 25_000);
    expect(commitment.lines.map((line) => line.amountEur)).toEqual([90_000, 25_000]);
  });

  it('the total is the sum of its lines', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ indicator: fc.constantFrom(...allIndicators()), reach: fc.nat(10_000) }), { minLength: 1, selector: (line) => line.indicator.code }), (lines) => {
        const commitment = priceCommitment(
          lines.map(({ indicator, reach }) => ({ indicatorCode: indicator.code, approvedAdditionalReach: reach })),
          findIndicator,
        );
        expect(commitment.amountEur).toBe(commitment.lines.reduce((sum, line) => sum + line.amountEur, 0));
      }),
    );
  });

  it('names an indicator the catalogue does not know, or one listed twice', () => {
    expect(() => priceCommitment([{ indicatorCode: 'A99', approvedAdditionalReach: 1 }], findIndicator)).toThrow(
      'targets[0].indicatorCode: A99 is not a subsidised indicator of Plan Samenleven in this project year',
    );
    expect(() =>
      priceCommitment(
        [
          { indicatorCode: 'A05', approvedAdditionalReach: 1 },
          { indicatorCode: 'A05', approvedAdditionalReach: 2 },
        ],
        findIndicator,
      ),
    ).toThrow('targets[1].indicatorCode: A05 appears more than once');
    expect(() => priceCommitment([], findIndicator)).toThrow(CommitmentRuleViolation);
  });
});
