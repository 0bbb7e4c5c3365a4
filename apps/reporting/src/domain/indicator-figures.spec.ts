import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { latestVersions, realisedTotal, type CountedFigure } from './indicator-figures.js';

const figure = (governmentCode: string, periodCode: string, reportVersion: number, achieved: number | null): CountedFigure => ({
  governmentCode,
  periodCode,
  periodEndsOn: periodCode === 'P1' ? '2023-03-31' : '2023-09-30',
  reportVersion,
  achieved,
});

describe('realisedTotal', () => {
  it('counts a correction instead of the version it replaces, never both', () => {
    expect(realisedTotal([figure('44021', 'P1', 1, 600), figure('44021', 'P1', 2, 1500)])).toBe(1500);
    expect(realisedTotal([figure('44021', 'P1', 2, 1500), figure('44021', 'P1', 1, 600)])).toBe(1500);
  });

  it('counts each government with its latest period only, since reports are running totals', () => {
    expect(realisedTotal([figure('44021', 'P1', 1, 600), figure('44021', 'P2', 1, 900), figure('11002', 'P1', 1, 50)])).toBe(950);
  });

  it('counts a deliberate nil as 0', () => {
    expect(realisedTotal([figure('44021', 'P1', 1, null), figure('11002', 'P1', 1, 7)])).toBe(7);
  });

  it('does not depend on the order figures arrive in, nor on duplicates', () => {
    const figures = fc.array(
      fc.record({
        governmentCode: fc.constantFrom('44021', '11002', '12025'),
        periodCode: fc.constantFrom('P1', 'P2'),
        reportVersion: fc.integer({ min: 1, max: 4 }),
        achieved: fc.option(fc.integer({ min: 0, max: 5000 })),
      }),
    );
    fc.assert(
      fc.property(figures, fc.infiniteStream(fc.nat()), (raw, noise) => {
        // One value per government, period and version, as the submission use case guarantees.
        const unique = latestVersions(raw.map((line) => figure(line.governmentCode, line.periodCode, line.reportVersion, line.achieved)));
        const shuffled = [...unique, ...unique].sort(() => (noise.next().value % 3) - 1);
        expect(realisedTotal(shuffled)).toBe(realisedTotal(unique));
      }),
    );
  });
});
