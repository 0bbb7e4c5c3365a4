import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RuleViolation } from '#domain';
import { checkDistinctIndicators, expectedReturnsOf, indicatorsTouched, replacesCommitment } from './committed-targets.js';

describe('expectedReturnsOf', () => {
  it('owes an interim and an annual return per project year, with the catalogue dates', () => {
    expect(expectedReturnsOf('44021', 1)).toEqual([
      {
        governmentCode: '44021',
        projectYear: 1,
        periodCode: 'PJ1-INTERIM',
        kind: 'interim',
        coversFrom: '2022-10-01',
        coversTo: '2023-03-31',
        due: '2023-04-15',
      },
      {
        governmentCode: '44021',
        projectYear: 1,
        periodCode: 'PJ1-ANNUAL',
        kind: 'annual',
        coversFrom: '2022-10-01',
        coversTo: '2023-09-30',
        due: '2023-10-15',
      },
    ]);
    expect(expectedReturnsOf('VGC', 3).map((expected) => [expected.periodCode, expected.due])).toEqual([
      ['PJ3-INTERIM', '2025-04-15'],
      ['PJ3-ANNUAL', '2025-10-15'],
    ]);
  });

  it('refuses a year outside the programme', () => {
    expect(() => expectedReturnsOf('44021', 4)).toThrow(RuleViolation);
  });
});

describe('replacing revisions', () => {
  it('takes the first revision and every newer one, never an older one or the same one again', () => {
    expect(replacesCommitment(undefined, 1)).toBe(true);
    expect(replacesCommitment(1, 2)).toBe(true);
    expect(replacesCommitment(2, 2)).toBe(false);
    expect(replacesCommitment(3, 2)).toBe(false);
  });

  it('whatever order revisions arrive in, the newest one is what stays', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 30 }), (arrivals) => {
        let recorded: number | undefined;
        for (const revision of arrivals) if (replacesCommitment(recorded, revision)) recorded = revision;
        expect(recorded).toBe(Math.max(...arrivals));
      }),
    );
  });

  it('refreshes every indicator of either revision, once', () => {
    expect(indicatorsTouched(['A05', 'A02'], ['A05', 'A07'])).toEqual(['A02', 'A05', 'A07']);
    expect(indicatorsTouched([], ['A05'])).toEqual(['A05']);
  });

  it('refuses a revision naming an indicator twice', () => {
    expect(() => checkDistinctIndicators('app', 2, ['A05', 'A02', 'A05'])).toThrow('names A05 twice');
    expect(() => checkDistinctIndicators('app', 1, ['A05', 'A02'])).not.toThrow();
  });
});
