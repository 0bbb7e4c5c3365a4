import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assertBalanced, commitmentPostings, isBalanced, totals, UnbalancedLedgerError, type Posting } from './ledger.js';

describe('commitmentPostings', () => {
  it('debits the programme budget of the year and credits the government', () => {
    expect(commitmentPostings(1, '44021', 9_000_000)).toEqual([
      { account: 'programme-budget:1', debitCents: 9_000_000, creditCents: 0 },
      { account: 'commitments:44021', debitCents: 0, creditCents: 9_000_000 },
    ]);
  });

  it('books the reverse for a revision that lowers the commitment, and nothing for no change', () => {
    expect(commitmentPostings(2, '11002', -150_000)).toEqual([
      { account: 'commitments:11002', debitCents: 150_000, creditCents: 0 },
      { account: 'programme-budget:2', debitCents: 0, creditCents: 150_000 },
    ]);
    expect(commitmentPostings(1, '44021', 0)).toEqual([]);
    expect(() => commitmentPostings(1, '44021', 0.5)).toThrow(UnbalancedLedgerError);
  });

  it('the ledger always balances, and the budget account holds what the governments are owed, whatever the revisions', () => {
    const revision = fc.record({
      year: fc.integer({ min: 1, max: 3 }),
      government: fc.constantFrom('44021', '11002', '12025', 'VGC'),
      delta: fc.integer({ min: -5_000_000, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(revision, { maxLength: 50 }), (revisions) => {
        const ledger: Posting[] = [];
        for (const { year, government, delta } of revisions) {
          const booking = commitmentPostings(year, government, delta);
          assertBalanced(booking);
          ledger.push(...booking);
        }
        expect(isBalanced(ledger)).toBe(true);
        const balance = (prefix: string) =>
          ledger.filter((posting) => posting.account.startsWith(prefix)).reduce((sum, p) => sum + p.debitCents - p.creditCents, 0);
        const net = revisions.reduce((sum, { delta }) => sum + delta, 0);
        expect(balance('programme-budget:')).toBe(net);
        // === rather than toBe: an empty sum is 0, the negation of 0 is -0.
        expect(balance('commitments:') === -net).toBe(true);
      }),
    );
  });
});

describe('assertBalanced', () => {
  it('refuses a booking whose sides differ, or a posting with two sides, none, or a fraction of a cent', () => {
    expect(() =>
      assertBalanced([
        { account: 'a', debitCents: 10, creditCents: 0 },
        { account: 'b', debitCents: 0, creditCents: 9 },
      ]),
    ).toThrow('booking does not balance: debit 10 cents, credit 9 cents');
    expect(() => assertBalanced([{ account: 'a', debitCents: 10, creditCents: 10 }])).toThrow(/exactly one positive side/);
    expect(() => assertBalanced([{ account: 'a', debitCents: 0, creditCents: 0 }])).toThrow(/exactly one positive side/);
    expect(() => assertBalanced([{ account: 'a', debitCents: 0.5, creditCents: 0 }])).toThrow(/whole cents/);
    expect(totals([])).toEqual({ debitCents: 0, creditCents: 0 });
  });
});
