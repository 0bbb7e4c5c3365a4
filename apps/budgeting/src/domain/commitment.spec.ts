import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RuleViolation } from '#domain';
import { commitmentOf, type CommitmentLine } from './commitment.js';

const line = (indicatorCode: string, subsidisedReach: number, eurPerKpi: number): CommitmentLine => ({
  indicatorCode,
  approvedAdditionalReach: subsidisedReach,
  subsidisedReach,
  eurPerKpi,
  amountEur: subsidisedReach * eurPerKpi,
});

describe('commitmentOf', () => {
  it('totals the lines', () => {
    const commitment = commitmentOf({ amountEur: 90_000 + 25_000, lines: [line('A05', 1500, 60), line('A02', 1, 25_000)] });
    expect(commitment.amountEur).toBe(90_000 + 25_000);
    expect(commitment.lines.map((priced) => priced.amountEur)).toEqual([90_000, 25_000]);
  });

  it('the total is the sum of its lines', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ code: fc.integer({ min: 1, max: 99 }), reach: fc.nat(10_000), rate: fc.nat(30_000) }), {
          minLength: 1,
          selector: (entry) => entry.code,
        }),
        (entries) => {
          const lines = entries.map(({ code, reach, rate }) => line(`A${String(code).padStart(2, '0')}`, reach, rate));
          const amountEur = lines.reduce((sum, priced) => sum + priced.amountEur, 0);
          expect(commitmentOf({ amountEur, lines }).amountEur).toBe(amountEur);
        },
      ),
    );
  });

  it('refuses a decision that pays for more reach than it approves, even when its lines add up', () => {
    expect(() =>
      commitmentOf({
        amountEur: 20 * 60,
        lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 10, subsidisedReach: 20, eurPerKpi: 60, amountEur: 20 * 60 }],
      }),
    ).toThrow(new RuleViolation('targets[0].subsidisedReach: 20 exceeds the approved additional reach of 10'));
  });

  it('refuses a decision that does not add up, lists an indicator twice or has no lines', () => {
    expect(() => commitmentOf({ amountEur: 1, lines: [line('A05', 1500, 60)] })).toThrow(
      'amountEur: 1 is not the sum of the lines (90000)',
    );
    expect(() => commitmentOf({ amountEur: 90_000, lines: [{ ...line('A05', 1500, 60), amountEur: 90_001 }] })).toThrow(
      'targets[0].amountEur: 90001 is not 1500 x 60 euro per KPI',
    );
    expect(() => commitmentOf({ amountEur: 2 * 60, lines: [line('A05', 1, 60), line('A05', 1, 60)] })).toThrow(
      'targets[1].indicatorCode: A05 appears more than once',
    );
    expect(() => commitmentOf({ amountEur: 0, lines: [] })).toThrow(RuleViolation);
  });
});
