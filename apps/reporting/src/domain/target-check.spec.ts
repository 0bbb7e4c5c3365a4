import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  assessIndicator,
  belowContinuationThreshold,
  DEFAULT_LAGGING_TOLERANCE,
  expectedByPeriodEnd,
  expectedShare,
  summarisePeriod,
  type TargetCheckInput,
} from './target-check.js';

describe('assessIndicator', () => {
  // An annual check: all of the target of 2,000 expected, so the tolerance boundary is 1,600.
  const base: TargetCheckInput = {
    reported: true,
    achieved: 0,
    target: 2000,
    expected: 2000,
    tolerance: DEFAULT_LAGGING_TOLERANCE,
    atRiskFlagged: false,
  };
  const check = (input: Partial<TargetCheckInput>) => assessIndicator({ ...base, ...input });

  it('is achieved exactly at the target, on track exactly at 80% of what was expected, lagging just below', () => {
    expect(check({ achieved: 2001 })).toBe('achieved');
    expect(check({ achieved: 2000 })).toBe('achieved');
    expect(check({ achieved: 1999 })).toBe('on-track');
    expect(check({ achieved: 1600 })).toBe('on-track');
    expect(check({ achieved: 1599 })).toBe('lagging');
    expect(check({ achieved: 0 })).toBe('lagging');
  });

  it('compares with what was expected by the end of the period, not with the whole target', () => {
    // Interim: 997.26 expected of 2,000; 80% of it is 797.81.
    expect(check({ expected: 997.26, achieved: 798 })).toBe('on-track');
    expect(check({ expected: 997.26, achieved: 797 })).toBe('lagging');
    // Exactly 70% of 1,000 under a tolerance of 0.7 (0.7 x 1000 is 700.0000000000001 in floating point).
    expect(check({ target: 2000, expected: 1000, tolerance: 0.7, achieved: 700 })).toBe('on-track');
    expect(check({ target: 2000, expected: 1000, tolerance: 0.7, achieved: 699 })).toBe('lagging');
  });

  it('takes the tolerance it is configured with', () => {
    expect(check({ achieved: 1800, tolerance: 0.9 })).toBe('on-track');
    expect(check({ achieved: 1799, tolerance: 0.9 })).toBe('lagging');
    expect(check({ achieved: 1999, tolerance: 1 })).toBe('lagging');
  });

  it('is at risk while the flag is open, winning over lagging and on track, but not over achieved', () => {
    expect(check({ achieved: 100, atRiskFlagged: true })).toBe('at-risk');
    expect(check({ achieved: 1900, atRiskFlagged: true })).toBe('at-risk');
    expect(check({ achieved: 2000, atRiskFlagged: true })).toBe('achieved');
    expect(check({ achieved: 100, atRiskFlagged: false })).toBe('lagging');
  });

  it('keeps "not reported" apart from a deliberate nil return, which counts as 0', () => {
    expect(check({ reported: false, achieved: null })).toBe('not-reported');
    expect(check({ reported: false, achieved: null, atRiskFlagged: true })).toBe('not-reported');
    expect(check({ achieved: null })).toBe('lagging');
    expect(check({ achieved: null, target: 0, expected: 0 })).toBe('achieved');
  });

  it('never ranks a higher total below a lower one, flag or not', () => {
    const rank = ['lagging', 'at-risk', 'on-track', 'achieved'];
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.nat(5000),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.boolean(),
        (a, b, target, share, tolerance, atRiskFlagged) => {
          const input = { reported: true, target, expected: expectedByPeriodEnd(target, share), tolerance, atRiskFlagged };
          const low = assessIndicator({ ...input, achieved: Math.min(a, b) });
          const high = assessIndicator({ ...input, achieved: Math.max(a, b) });
          return rank.indexOf(high) >= rank.indexOf(low);
        },
      ),
    );
  });

  it('is lagging exactly when below the tolerance of what was expected, unless achieved or flagged', () => {
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (achieved, target, share) => {
          const expected = expectedByPeriodEnd(target, share);
          const status = assessIndicator({ ...base, achieved, target, expected });
          if (achieved >= target) return status === 'achieved';
          return status === (achieved >= 0.8 * expected - 1e-9 ? 'on-track' : 'lagging');
        },
      ),
    );
  });
});

describe('belowContinuationThreshold (the interim review: 25% of the target)', () => {
  it('flags below 25% of the target, not at exactly 25%', () => {
    expect(belowContinuationThreshold(499, 2000)).toBe(true);
    expect(belowContinuationThreshold(500, 2000)).toBe(false);
    expect(belowContinuationThreshold(1, 3)).toBe(false);
    expect(belowContinuationThreshold(0, 3)).toBe(true);
  });

  it('counts a nil return as 0, and never flags a target of 0', () => {
    expect(belowContinuationThreshold(null, 1)).toBe(true);
    expect(belowContinuationThreshold(null, 0)).toBe(false);
  });

  it('agrees with whole-number arithmetic: achieved x 4 < target', () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.nat(100_000),
        (achieved, target) => belowContinuationThreshold(achieved, target) === achieved * 4 < target,
      ),
    );
  });
});

describe('expectedShare', () => {
  it('expects about half of the target at the interim report and all of it at the end', () => {
    expect(expectedShare('2023-03-31', '2022-10-01', '2023-09-30')).toBeCloseTo(182 / 365, 10);
    expect(expectedShare('2023-09-30', '2022-10-01', '2023-09-30')).toBe(1);
    expect(expectedShare('2022-10-01', '2022-10-01', '2023-09-30')).toBeCloseTo(1 / 365, 10);
    expect(expectedByPeriodEnd(2000, 0.5)).toBe(1000);
  });
});

describe('summarisePeriod', () => {
  it('lists the lagging, at-risk and not-reported indicators in indicator order', () => {
    const row = (indicatorCode: string, status: Parameters<typeof summarisePeriod>[0][number]['status'], achieved: number | null) => ({
      indicatorCode,
      status,
      achieved,
      target: 100,
      expected: 50,
    });
    expect(
      summarisePeriod([
        row('A07', 'lagging', 10),
        row('A02', 'at-risk', 5),
        row('A05', 'lagging', null),
        row('A01', 'on-track', 50),
        row('A09', 'not-reported', null),
        row('A03', 'achieved', 100),
      ]),
    ).toEqual({
      lagging: [
        { indicatorCode: 'A05', achieved: null, target: 100, expected: 50 },
        { indicatorCode: 'A07', achieved: 10, target: 100, expected: 50 },
      ],
      atRisk: [{ indicatorCode: 'A02', achieved: 5, target: 100, expected: 50 }],
      notReported: ['A09'],
    });
  });
});
