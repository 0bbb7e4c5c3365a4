import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { amendDecision, amendmentProblems, assertAmendment, isOpenAmendment } from './amendment.js';
import { withTotals, type DecidedLine, type LinePrice, type PricedDecision } from './decision-review.js';

const PRICES: Record<string, LinePrice> = { A05: { eurPerKpi: 60, maxPerApplicant: 2250 }, A02: { eurPerKpi: 25_000, maxPerApplicant: 1 } };
const priceOf = (code: string): LinePrice | undefined => PRICES[code];

const decidedLine = (
  indicatorCode: string,
  currentReach: number,
  approved: number,
  amountCents: number,
  reason: string | null = null,
): DecidedLine => ({
  indicatorCode,
  currentReach,
  requestedAdditionalReach: approved,
  approvedAdditionalReach: approved,
  target: currentReach + approved,
  eurPerKpi: PRICES[indicatorCode]!.eurPerKpi,
  amountCents,
  reason,
});

/** Gent's decision: A05 1,200 of 1,500 at a lower award, A02 approved; a mentorship granted. */
const decision: PricedDecision = withTotals(
  [decidedLine('A05', 500, 1200, 7_000_000, 'Restbudget actie 5.'), decidedLine('A02', 0, 1, 2_500_000)],
  [{ kind: 'mentorship', actionNumber: 5, partnerCode: null, granted: true, amountCents: 1_000_000 }],
);

describe('amendmentProblems', () => {
  it('accepts a change of some lines within their caps, with a reason', () => {
    expect(
      amendmentProblems(decision, [{ indicatorCode: 'A05', approvedAdditionalReach: 2250 }], 'Meer lesgevers gevonden.', priceOf),
    ).toEqual([]);
  });

  it('names every problem at once: unknown or repeated indicators, reach outside 0..cap, no reason', () => {
    expect(
      amendmentProblems(
        decision,
        [
          { indicatorCode: 'A07', approvedAdditionalReach: 10 },
          { indicatorCode: 'A05', approvedAdditionalReach: 2251 },
          { indicatorCode: 'A05', approvedAdditionalReach: 100 },
          { indicatorCode: 'A02', approvedAdditionalReach: -1 },
        ],
        '  ',
        priceOf,
      ),
    ).toEqual([
      { field: 'reason', problem: 'an amendment states its reason' },
      { field: 'lines[0].indicatorCode', problem: 'A07 is not a line of the decision' },
      { field: 'lines[1].approvedAdditionalReach', problem: '2251 exceeds the cap of 2250 for A05' },
      { field: 'lines[2].indicatorCode', problem: 'A05 appears more than once' },
      { field: 'lines[3].approvedAdditionalReach', problem: 'must be a whole number >= 0' },
    ]);
  });

  it('refuses an amendment that changes nothing or leaves no target at all', () => {
    expect(amendmentProblems(decision, [{ indicatorCode: 'A05', approvedAdditionalReach: 1200 }], 'x', priceOf)).toEqual([
      { field: 'lines', problem: 'the amendment changes no approved reach' },
    ]);
    expect(
      amendmentProblems(
        decision,
        [
          { indicatorCode: 'A05', approvedAdditionalReach: 0 },
          { indicatorCode: 'A02', approvedAdditionalReach: 0 },
        ],
        'x',
        priceOf,
      ),
    ).toEqual([{ field: 'lines', problem: 'an amendment leaves at least one line with approved additional reach above 0' }]);
    expect(() => assertAmendment(decision, [], 'x', priceOf)).toThrow('lines: an amendment changes at least one line');
  });
});

describe('amendDecision', () => {
  it("reprices a changed line at the decision's rate with the amendment's reason; the rest stays as decided", () => {
    const amended = amendDecision(decision, {
      lines: [{ indicatorCode: 'A02', approvedAdditionalReach: 0 }],
      reason: 'Actieplan uitgesteld.',
    });
    expect(amended.lines).toEqual([
      decision.lines[0],
      { ...decision.lines[1], approvedAdditionalReach: 0, target: 0, amountCents: 0, reason: 'Actieplan uitgesteld.' },
    ]);
    expect(amended).toMatchObject({ linesCents: 7_000_000, stimuliCents: 1_000_000, totalCents: 8_000_000 });
    // The decision itself is left untouched.
    expect(decision.lines[1]?.approvedAdditionalReach).toBe(1);
  });

  it('for any amendment: changed lines are approved x rate, targets current + approved, totals add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2250 }), fc.integer({ min: 0, max: 1 }), (a05, a02) => {
        const amended = amendDecision(decision, {
          lines: [
            { indicatorCode: 'A05', approvedAdditionalReach: a05 },
            { indicatorCode: 'A02', approvedAdditionalReach: a02 },
          ],
          reason: 'r',
        });
        const [first, second] = amended.lines;
        expect(first).toMatchObject({ approvedAdditionalReach: a05, target: 500 + a05 });
        expect(first?.amountCents).toBe(a05 === 1200 ? 7_000_000 : a05 * 60 * 100);
        expect(second).toMatchObject({ approvedAdditionalReach: a02, target: a02, amountCents: a02 * 25_000 * 100 });
        expect(amended.totalCents).toBe(amended.lines.reduce((sum, line) => sum + line.amountCents, 0) + 1_000_000);
      }),
    );
  });
});

describe('isOpenAmendment', () => {
  it('counts requested and accepted (awaiting budgeting) amendments as open', () => {
    expect(
      ['requested', 'accepted', 'rejected', 'committed', 'refused-by-budget'].map((status) => isOpenAmendment({ status: status as never })),
    ).toEqual([true, true, false, false, false]);
  });
});
