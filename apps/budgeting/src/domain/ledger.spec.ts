import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assertBalanced, commitmentPostings, isBalanced, totals, UnbalancedLedgerError, type Posting } from './ledger.js';

describe('commitmentPostings', () => {
  it('debits the programme budget of the year and credits the government', () => {
    expect(commitmentPostings(1, '44021', 90_000)).toEqual([
      { account: 'programme-budget:1', debitEur: 90_000, creditEur: 0 },
      { account: 'commitments:44021', debitEur: 0, creditEur: 90_000 },
    ]);
  });

  it('books nothing for a zero commitment and refuses a negative one', () => {
    expect(commitmentPostings(1, '44021', 0)).toEqual([]);
    expect(() => commitmentPostings(1, '44021', -1)).toThrow(UnbalancedLedgerError);
  });

  it('the ledger always balances, whatever is committed', () => {
    const commitment = fc.record({
      year: fc.integer({ min: 1, max: 3 }),
      government: fc.constantFrom('44021', '11002', '12025', 'VGC'),
      amount: fc.nat(5_000_000),
    });
    fc.assert(
      fc.property(fc.array(commitment, { maxLength: 50 }), (commitments) => {
        const ledger: Posting[] = [];
        for (const { year, government, amount } of commitments) {
          const booking = commitmentPostings(year, government, amount);
          assertBalanced(booking);
          ledger.push(...booking);
        }
        expect(isBalanced(ledger)).toBe(true);
        // What the programme budgets gave equals what the governments are owed.
        const committed = commitments.reduce((sum, { amount }) => sum + amount, 0);
        expect(totals(ledger)).toEqual({ debitEur: committed, creditEur: committed });
      }),
    );
  });
});

describe('assertBalanced', () => {
  it('refuses a booking whose sides differ, or a posting with two sides or none', () => {
    expect(() =>
      assertBalanced([
        { account: 'a', debitEur: 10, creditEur: 0 },
        { account: 'b', debitEur: 0, creditEur: 9 },
      ]),
    ).toThrow('booking does not balance: debit 10 EUR, credit 9 EUR');
    expect(() => assertBalanced([{ account: 'a', debitEur: 10, creditEur: 10 }])).toThrow(/exactly one positive side/);
    expect(() => assertBalanced([{ account: 'a', debitEur: 0, creditEur: 0 }])).toThrow(/exactly one positive side/);
  });
});
