import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assertBalanced, isBalanced, paymentPostings } from './ledger.js';
import {
  DEFAULT_SCHEDULE,
  instalmentAmounts,
  releaseProblem,
  rescheduledAmounts,
  scheduleProblems,
  type ScheduledInstalment,
} from './payment-schedule.js';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Shares in whole percent adding up to 100. */
const shares = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 5 })
  .map((cuts) => [0, ...[...cuts].sort((a, b) => a - b), 100])
  .map((points) => points.slice(1).map((point, index) => point - points[index]!));

describe('the payment schedule', () => {
  it('by default pays an advance of 50% after the decision and the balance after the accepted annual report', () => {
    expect(DEFAULT_SCHEDULE.map(({ sharePercent, condition }) => [sharePercent, condition])).toEqual([
      [50, 'decision'],
      [50, 'annual-report-accepted'],
    ]);
    expect(scheduleProblems(DEFAULT_SCHEDULE)).toEqual([]);
    expect(instalmentAmounts(10_000_001, [50, 50])).toEqual([5_000_000, 5_000_001]);
  });

  it('refuses a schedule whose shares do not add up to 100, or with a bad share, condition or label, naming the field', () => {
    expect(
      scheduleProblems([
        { label: 'voorschot', sharePercent: 40, condition: 'decision' },
        { label: 'voorschot', sharePercent: 0.5, condition: 'report' as 'decision' },
      ]).map((problem) => problem.field),
    ).toEqual(['instalments[1].sharePercent', 'instalments[1].condition', 'instalments[1].label', 'instalments']);
    expect(scheduleProblems([]).map((problem) => problem.field)).toEqual(['instalments']);
  });

  it('splits any commitment into whole cents that add up to it exactly, each at least 0', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), shares, (committed, split) => {
        const amounts = instalmentAmounts(committed, split);
        expect(sum(amounts)).toBe(committed);
        for (const amount of amounts) expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
      }),
    );
  });

  it('keeps what was released after an amendment and spreads the rest, so the schedule adds up to the new commitment', () => {
    // EUR 100,000 committed, advance of 50,000 paid; an amendment raises it to 120,000: the balance becomes 70,000.
    expect(
      rescheduledAmounts(12_000_000, [
        { sharePercent: 50, releasedCents: 5_000_000 },
        { sharePercent: 50, releasedCents: null },
      ]),
    ).toEqual({ amounts: [5_000_000, 7_000_000], topUpCents: 0 });
    // Lowered to 80,000: the balance is 30,000. Everything paid and then raised: a top-up of the difference.
    expect(
      rescheduledAmounts(8_000_000, [
        { sharePercent: 50, releasedCents: 5_000_000 },
        { sharePercent: 50, releasedCents: null },
      ]),
    ).toEqual({ amounts: [5_000_000, 3_000_000], topUpCents: 0 });
    expect(
      rescheduledAmounts(11_000_000, [
        { sharePercent: 50, releasedCents: 5_000_000 },
        { sharePercent: 50, releasedCents: 5_000_000 },
      ]),
    ).toEqual({ amounts: [5_000_000, 5_000_000], topUpCents: 1_000_000 });
  });

  it('never lets payments exceed the commitment: random amendments and releases, with balanced bookings', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('amend' as const), committed: fc.nat(10 ** 9) }),
      fc.record({ kind: fc.constant('release' as const), index: fc.nat(5) }),
    );
    fc.assert(
      fc.property(shares, fc.nat(10 ** 9), fc.array(step, { maxLength: 30 }), (split, first, steps) => {
        let committed = first;
        let instalments: ScheduledInstalment[] = split.map((sharePercent) => ({ sharePercent, releasedCents: null }));
        let amounts = instalmentAmounts(committed, split);
        const paid = () => sum(instalments.map((instalment) => instalment.releasedCents ?? 0));
        for (const next of steps) {
          if (next.kind === 'amend') {
            // Budgeting refuses an amendment below what was paid.
            if (next.committed < paid()) continue;
            committed = next.committed;
            const rescheduled = rescheduledAmounts(committed, instalments);
            amounts = rescheduled.amounts;
            if (rescheduled.topUpCents > 0) {
              instalments = [...instalments, { sharePercent: 0, releasedCents: null }];
              amounts = [...amounts, rescheduled.topUpCents];
            }
          } else {
            const index = next.index % instalments.length;
            const instalment = instalments[index]!;
            const amount = amounts[index]!;
            if (instalment.releasedCents !== null || releaseProblem(amount, paid(), committed) !== null) continue;
            const postings = paymentPostings('44021', 'BE68539007547034', amount);
            assertBalanced(postings);
            expect(isBalanced(postings)).toBe(true);
            instalments = instalments.map((item, at) => (at === index ? { ...item, releasedCents: amount } : item));
          }
          expect(paid()).toBeLessThanOrEqual(committed);
          expect(sum(amounts)).toBe(committed);
        }
      }),
    );
  });

  it('refuses a release of nothing or one that would pay more than was committed', () => {
    expect(releaseProblem(0, 0, 100)).toMatch(/nothing to pay/);
    expect(releaseProblem(60, 50, 100)).toMatch(/above the 100 committed/);
    expect(releaseProblem(50, 50, 100)).toBeNull();
  });
});
