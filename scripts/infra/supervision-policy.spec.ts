import { describe, expect, it } from '@jest/globals';
import { crashesInARow, decideAfterCrash, type Crash, type SupervisionPolicy } from './supervision-policy.js';

const policy: SupervisionPolicy = { initialDelayMs: 1_000, maxDelayMs: 8_000, maxCrashes: 5, windowMs: 60_000, healthyAfterMs: 30_000 };

/** Runs of `lastedMs` each, one after the other, starting at t=0 with `gapMs` between a crash and the next start. */
const runs = (lasted: number[], gapMs = 0): Crash[] => {
  let clock = 0;
  return lasted.map((lastedMs) => {
    const crash = { startedAt: clock, exitedAt: clock + lastedMs };
    clock = crash.exitedAt + gapMs;
    return crash;
  });
};

describe('supervision policy', () => {
  it('restarts after the first crash with the initial delay', () => {
    expect(decideAfterCrash(runs([500]), policy)).toEqual({ action: 'restart', delayMs: 1_000, crashesInARow: 1 });
  });

  it('doubles the delay for each crash in a row, up to the cap', () => {
    const delays = [1, 2, 3, 4].map((count) => decideAfterCrash(runs(Array<number>(count).fill(100), 20_000), policy));
    expect(delays).toEqual([
      { action: 'restart', delayMs: 1_000, crashesInARow: 1 },
      { action: 'restart', delayMs: 2_000, crashesInARow: 2 },
      { action: 'restart', delayMs: 4_000, crashesInARow: 3 },
      { action: 'restart', delayMs: 8_000, crashesInARow: 4 },
    ]);
    const capped = { ...policy, maxCrashes: 10, windowMs: 1_000 };
    expect(decideAfterCrash(runs(Array<number>(6).fill(100), 20_000), capped)).toEqual({
      action: 'restart',
      delayMs: 8_000,
      crashesInARow: 6,
    });
  });

  it('starts the backoff over after a healthy run', () => {
    const history = runs([100, 100, 100, 45_000, 100], 60_000);
    expect(crashesInARow(history, policy)).toBe(2);
    expect(decideAfterCrash(history, policy)).toEqual({ action: 'restart', delayMs: 2_000, crashesInARow: 2 });
    // A crash that ends a long healthy run is the first in a row.
    expect(decideAfterCrash(runs([100, 100, 45_000], 60_000), policy)).toEqual({ action: 'restart', delayMs: 1_000, crashesInARow: 1 });
  });

  it('gives up when the process keeps crashing within the window', () => {
    const history = runs([100, 100, 100, 100, 100], 1_000);
    expect(decideAfterCrash(history.slice(0, 4), policy).action).toBe('restart');
    expect(decideAfterCrash(history, policy)).toEqual({ action: 'give-up', crashes: 5, withinMs: 4_400 });
  });

  it('does not give up over crashes spread wider than the window', () => {
    // Five crashes, but 20 s apart: at most three fall within any 60 s.
    const history = runs([100, 100, 100, 100, 100], 20_000);
    expect(decideAfterCrash(history, policy)).toEqual({ action: 'restart', delayMs: 8_000, crashesInARow: 5 });
  });

  it('refuses an empty history', () => {
    expect(() => decideAfterCrash([], policy)).toThrow('at least one crash');
  });
});
