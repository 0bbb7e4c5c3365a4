import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assessCofinancing, cofinancingObligationCents, declarationProblems } from './cofinancing.js';

describe('co-financing', () => {
  it('obliges the subsidy for actions of every commitment, never the stimuli', () => {
    expect(cofinancingObligationCents([{ linesCents: 9_000_000 }, { linesCents: 2_500_000 }])).toBe(11_500_000);
    expect(cofinancingObligationCents([])).toBe(0);
  });

  it('flags a declaration below the obligation as a shortfall of the difference', () => {
    expect(assessCofinancing(9_000_000, 6_000_000)).toEqual({
      obligationCents: 9_000_000,
      declaredCents: 6_000_000,
      shortfallCents: 3_000_000,
      status: 'shortfall',
    });
    expect(assessCofinancing(9_000_000, 9_000_000).status).toBe('covered');
    expect(assessCofinancing(9_000_000, 12_000_000)).toMatchObject({ shortfallCents: 0, status: 'covered' });
    expect(assessCofinancing(9_000_000, null)).toMatchObject({ shortfallCents: 9_000_000, status: 'not-declared' });
  });

  it('never has a negative shortfall, and a shortfall exactly when declared is below the obligation', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), fc.nat(10 ** 12), (obligation, declared) => {
        const assessment = assessCofinancing(obligation, declared);
        expect(assessment.shortfallCents).toBeGreaterThanOrEqual(0);
        expect(assessment.status === 'shortfall').toBe(declared < obligation);
        expect(assessment.shortfallCents + Math.min(declared, obligation)).toBe(obligation);
      }),
    );
  });

  it('refuses a declaration in fractions of a cent, negative, or without a source, naming the field', () => {
    expect(declarationProblems(100.5, 'Eigen middelen').map((problem) => problem.field)).toEqual(['declaredCents']);
    expect(declarationProblems(-1, ' ').map((problem) => problem.field)).toEqual(['declaredCents', 'source']);
    expect(declarationProblems(0, 'Eigen middelen')).toEqual([]);
  });
});
