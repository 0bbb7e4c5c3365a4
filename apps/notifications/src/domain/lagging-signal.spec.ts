import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { afterSignal, isWorse, NOTHING_SIGNALLED, signalKind, worsening, type BehindSituation } from './lagging-signal.js';

const codes = fc.subarray(['A01', 'A02', 'A05', 'A07', 'A11']);
const situation = fc.record({ lagging: codes, atRisk: codes });

describe('the lagging signal: once per government and period unless it gets worse', () => {
  it('signals the first time anything is behind', () => {
    expect(worsening(NOTHING_SIGNALLED, { lagging: ['A05'], atRisk: [] })).toEqual({ lagging: ['A05'], atRisk: [] });
    expect(isWorse(NOTHING_SIGNALLED, { lagging: [], atRisk: [] })).toBe(false);
  });

  it('does not signal the same situation, an improvement, or an indicator that recovered and fell back', () => {
    const told: BehindSituation = { lagging: ['A02', 'A05'], atRisk: [] };
    expect(isWorse(told, { lagging: ['A05', 'A02'], atRisk: [] })).toBe(false);
    expect(isWorse(told, { lagging: ['A05'], atRisk: [] })).toBe(false);
    expect(isWorse(told, { lagging: [], atRisk: [] })).toBe(false);
  });

  it('signals a new indicator falling behind, and lagging becoming at risk, but not at risk becoming lagging', () => {
    const told: BehindSituation = { lagging: ['A05'], atRisk: ['A02'] };
    expect(worsening(told, { lagging: ['A05', 'A07'], atRisk: ['A02'] })).toEqual({ lagging: ['A07'], atRisk: [] });
    expect(worsening(told, { lagging: [], atRisk: ['A02', 'A05'] })).toEqual({ lagging: [], atRisk: ['A05'] });
    expect(isWorse(told, { lagging: ['A02'], atRisk: [] })).toBe(false);
    expect(signalKind({ lagging: ['A07'], atRisk: [] })).toBe('lagging');
    expect(signalKind({ lagging: ['A07'], atRisk: ['A05'] })).toBe('at-risk');
  });

  it('never signals twice for what was signalled, whatever the order of summaries', () => {
    fc.assert(
      fc.property(fc.array(situation, { maxLength: 12 }), (summaries) => {
        let told: BehindSituation = NOTHING_SIGNALLED;
        const everBehind = new Set<string>();
        const everAtRisk = new Set<string>();
        for (const now of summaries) {
          const worse = isWorse(told, now);
          const news =
            [...now.lagging, ...now.atRisk].some((code) => !everBehind.has(code)) || now.atRisk.some((code) => !everAtRisk.has(code));
          // Worse exactly when the summary holds news.
          expect(worse).toBe(news);
          if (worse) told = afterSignal(told, now);
          for (const code of [...now.lagging, ...now.atRisk]) everBehind.add(code);
          for (const code of now.atRisk) everAtRisk.add(code);
          // Once signalled (or found not worse), the same summary again is never worse.
          expect(isWorse(told, now)).toBe(false);
        }
      }),
    );
  });
});
