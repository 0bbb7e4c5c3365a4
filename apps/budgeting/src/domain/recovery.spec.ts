import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  achievedAdditionalReach,
  considersRecovery,
  proposedRecoveryCents,
  recoveryDecisionProblems,
  recoveryRuleCents,
  type ReviewedLine,
} from './recovery.js';

const line = (overrides: Partial<ReviewedLine>): ReviewedLine => ({
  indicatorCode: 'A05',
  currentReach: 500,
  approvedAdditionalReach: 1500,
  target: 2000,
  realised: 1400,
  motivationAccepted: null,
  ...overrides,
});

describe('recovery', () => {
  it('considers a line below target without an accepted motivation, and no other', () => {
    expect(considersRecovery(line({}))).toBe(true);
    expect(considersRecovery(line({ motivationAccepted: false }))).toBe(true);
    expect(considersRecovery(line({ realised: null }))).toBe(true);
    expect(considersRecovery(line({ motivationAccepted: true }))).toBe(false);
    expect(considersRecovery(line({ realised: 2000 }))).toBe(false);
  });

  it('recovers the unmet share of the subsidy: 900 of 1,500 additional reached of EUR 90,000 is EUR 36,000', () => {
    expect(achievedAdditionalReach(line({}))).toBe(900);
    expect(recoveryRuleCents(9_000_000, 1500, 900)).toBe(3_600_000);
    // Below the current reach counts as nothing added: the whole subsidy.
    expect(achievedAdditionalReach(line({ realised: 300 }))).toBe(0);
    expect(recoveryRuleCents(9_000_000, 1500, 0)).toBe(9_000_000);
    // Floored to the cent: 1 of 3 missing of 100 cents is 33 cents.
    expect(recoveryRuleCents(100, 3, 2)).toBe(33);
    expect(recoveryRuleCents(9_000_000, 0, 0)).toBe(0);
  });

  it('is never negative, never above the subsidy, and never above what is left to recover', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 11), fc.nat(10 ** 7), fc.nat(2 * 10 ** 7), fc.nat(10 ** 11), (subsidy, approved, achieved, recoverable) => {
        const rule = recoveryRuleCents(subsidy, approved, achieved);
        expect(Number.isSafeInteger(rule)).toBe(true);
        expect(rule).toBeGreaterThanOrEqual(0);
        expect(rule).toBeLessThanOrEqual(subsidy);
        if (achieved >= approved) expect(rule).toBe(0);
        const proposed = proposedRecoveryCents(rule, recoverable);
        expect(proposed).toBeGreaterThanOrEqual(0);
        expect(proposed).toBeLessThanOrEqual(Math.min(rule, recoverable));
      }),
    );
  });

  it('lets ABB confirm fully, lower with a reason, or waive with a reason', () => {
    expect(recoveryDecisionProblems(3_600_000, { outcome: 'confirmed' })).toEqual([]);
    expect(recoveryDecisionProblems(3_600_000, { outcome: 'confirmed', amountCents: 3_000_000, reason: 'Deels verklaard' })).toEqual([]);
    expect(recoveryDecisionProblems(3_600_000, { outcome: 'confirmed', amountCents: 3_000_000 }).map((problem) => problem.field)).toEqual([
      'reason',
    ]);
    expect(recoveryDecisionProblems(3_600_000, { outcome: 'confirmed', amountCents: 3_600_001 }).map((problem) => problem.field)).toEqual([
      'amountCents',
    ]);
    expect(recoveryDecisionProblems(3_600_000, { outcome: 'confirmed', amountCents: 0.5 }).map((problem) => problem.field)).toEqual([
      'amountCents',
    ]);
    expect(recoveryDecisionProblems(3_600_000, { outcome: 'waived' }).map((problem) => problem.field)).toEqual(['reason']);
    expect(recoveryDecisionProblems(3_600_000, { outcome: 'waived', reason: 'Overmacht' })).toEqual([]);
  });
});
