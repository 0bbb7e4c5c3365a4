import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assessIndicator, expectedByPeriodEnd, expectedShare } from './target-check.js';

describe('assessIndicator', () => {
  const base = { reported: true, target: 2000, expected: 1000 };

  it('grades a reported total against target and expectation', () => {
    expect(assessIndicator({ ...base, achieved: 2000 })).toBe('achieved');
    expect(assessIndicator({ ...base, achieved: 1000 })).toBe('on-track');
    expect(assessIndicator({ ...base, achieved: 800 })).toBe('at-risk');
    expect(assessIndicator({ ...base, achieved: 799 })).toBe('lagging');
  });

  it('keeps "not reported" apart from a deliberate nil report', () => {
    expect(assessIndicator({ ...base, reported: false, achieved: null })).toBe('not-reported');
    expect(assessIndicator({ ...base, achieved: null })).toBe('lagging');
  });

  it('never ranks a higher total below a lower one', () => {
    const rank = ['lagging', 'at-risk', 'on-track', 'achieved'];
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.nat(5000),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, target, share) => {
          const expected = target * share;
          const low = assessIndicator({ reported: true, achieved: Math.min(a, b), target, expected });
          const high = assessIndicator({ reported: true, achieved: Math.max(a, b), target, expected });
          return rank.indexOf(high) >= rank.indexOf(low);
        },
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
