import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { PricedIndicator } from './catalogue-lookup.js';
import { requestedAmounts, requestedLineCents } from './requested-amounts.js';

const a05: PricedIndicator = { code: 'A05', actionNumber: 5, objectiveNumber: 2, unit: 'lesuren', eurPerKpi: 60, maxPerApplicant: 1500 };
const a06: PricedIndicator = { code: 'A06', actionNumber: 6, objectiveNumber: 2, unit: 'trajecten', eurPerKpi: 250, maxPerApplicant: 100 };
const priced = new Map([
  ['A05', a05],
  ['A06', a06],
]);

describe('requested amounts of a draft (catalogue rule subsidyPerLine), in euro cents', () => {
  it('prices additional reach x euro per KPI x 100, capped at cap x euro per KPI', () => {
    expect(requestedLineCents(1000, a05)).toBe(6_000_000);
    expect(requestedLineCents(1500, a05)).toBe(9_000_000);
    expect(requestedLineCents(2000, a05)).toBe(9_000_000);
  });

  it('an incomplete or unpriced line asks for nothing yet', () => {
    expect(requestedLineCents(null, a05)).toBe(0);
    expect(requestedLineCents(10, undefined)).toBe(0);
    expect(requestedLineCents(-5, a05)).toBe(0);
    expect(requestedLineCents(2.5, a05)).toBe(0);
  });

  it('adds up the lines and counts mentorships and a cooperation separately, EUR 10,000 each', () => {
    const amounts = requestedAmounts(
      [
        { indicatorCode: 'A05', currentReach: 500, additionalReach: 1000, priority: 1 },
        { indicatorCode: 'A06', currentReach: null, additionalReach: 40, priority: null },
        { indicatorCode: 'A99', currentReach: null, additionalReach: 40, priority: null },
      ],
      {
        mentorships: [
          { actionNumber: 5, motivation: 'x' },
          { actionNumber: 6, motivation: 'y' },
        ],
        cooperation: { partnerCode: '44083', motivation: 'z' },
        socialImpactBond: { intended: true, text: 'ja' },
      },
      priced,
    );
    expect(amounts).toEqual({
      lines: [
        { indicatorCode: 'A05', requestedCents: 6_000_000 },
        { indicatorCode: 'A06', requestedCents: 1_000_000 },
        { indicatorCode: 'A99', requestedCents: 0 },
      ],
      linesCents: 7_000_000,
      // The catalogue's stimuli: EUR 10,000 each.
      stimuliCents: 3 * 10_000 * 100,
    });
  });

  it('is a whole number of cents, never above the cap, and the lines add up to the total exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ reach: fc.option(fc.integer({ min: 0, max: 100_000 })), a05: fc.boolean() }), { maxLength: 20 }),
        (rows) => {
          const lines = rows.map(({ reach, a05: isA05 }) => ({
            indicatorCode: isA05 ? 'A05' : 'A06',
            currentReach: 0,
            additionalReach: reach,
            priority: null,
          }));
          const amounts = requestedAmounts(lines, { mentorships: [], cooperation: null, socialImpactBond: null }, priced);
          amounts.lines.forEach((line, index) => {
            const price = priced.get(line.indicatorCode)!;
            expect(Number.isInteger(line.requestedCents)).toBe(true);
            expect(line.requestedCents).toBeLessThanOrEqual(price.maxPerApplicant * price.eurPerKpi * 100);
            expect(line.requestedCents).toBe(Math.min(lines[index]!.additionalReach ?? 0, price.maxPerApplicant) * price.eurPerKpi * 100);
          });
          expect(amounts.linesCents).toBe(amounts.lines.reduce((sum, line) => sum + line.requestedCents, 0));
          expect(amounts.stimuliCents).toBe(0);
        },
      ),
    );
  });
});
