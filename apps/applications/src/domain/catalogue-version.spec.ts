import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allIndicators, catalogueVersion, digestCatalogue, programmeCatalogue, withRates } from '#catalogue';
import { Conflict, RuleViolation } from '#domain';
import { baseCatalogueVersion, catalogueOf, planVersion, versionInForce, type CatalogueVersion } from './catalogue-version.js';

const published = (from: CatalogueVersion, sequence: number, fromProjectYear: number, eurPerKpi: number): CatalogueVersion => {
  const planned = planVersion(from, { fromProjectYear, note: 'test', changes: [{ indicatorCode: 'A05', eurPerKpi }] });
  return { ...planned, sequence, fromProjectYear, note: 'test', publishedAt: new Date(), publishedBy: 'abb' };
};

const problemOf = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    if (error instanceof RuleViolation) return error.message;
    throw error;
  }
  throw new Error('no rule was broken');
};

describe('planVersion', () => {
  const base = baseCatalogueVersion();

  it('derives the new rates from the newest version and names them by their digest', () => {
    const planned = planVersion(base, {
      fromProjectYear: 2,
      note: 'Oefenkans: EUR 65',
      changes: [{ indicatorCode: 'A05', eurPerKpi: 65 }],
    });
    expect(planned.changes).toEqual([{ indicatorCode: 'A05', eurPerKpi: 65, maxPerApplicant: 2250 }]);
    expect(planned.previousVersion).toBe(catalogueVersion);
    expect(planned.catalogueVersion).toBe(
      digestCatalogue(withRates(programmeCatalogue, [{ indicatorCode: 'A05', eurPerKpi: 65, maxPerApplicant: 2250 }])),
    );
    expect(planned.rates.find((rate) => rate.indicatorCode === 'A05')).toEqual({
      indicatorCode: 'A05',
      eurPerKpi: 65,
      maxPerApplicant: 2250,
    });
    expect(planned.rates.filter((rate) => rate.indicatorCode !== 'A05')).toEqual(base.rates.filter((rate) => rate.indicatorCode !== 'A05'));
  });

  it('names every bad change at once, each by its place', () => {
    const message = problemOf(() =>
      planVersion(base, {
        fromProjectYear: 2,
        note: 'x',
        changes: [
          { indicatorCode: 'A99', eurPerKpi: 1 },
          { indicatorCode: 'A05', eurPerKpi: 1.5 },
          { indicatorCode: 'A02', maxPerApplicant: -1 },
          { indicatorCode: 'A07' },
          { indicatorCode: 'A02', eurPerKpi: 3 },
          { indicatorCode: 'A05', eurPerKpi: 60 },
        ],
      }),
    );
    expect(message.split('; ')).toEqual([
      'changes[0].indicatorCode: A99 is not an indicator of the catalogue',
      'changes[1].eurPerKpi: must be a whole number of 0 or more, got 1.5',
      'changes[2].maxPerApplicant: must be a whole number of 0 or more, got -1',
      'changes[3]: give eurPerKpi, maxPerApplicant or both',
      'changes[4].indicatorCode: A02 is changed twice (name each indicator once)',
      'changes[5].indicatorCode: A05 is changed twice (name each indicator once)',
    ]);
  });

  it('refuses a change that changes nothing, an empty list, a blank note and a year outside the programme', () => {
    expect(problemOf(() => planVersion(base, { fromProjectYear: 2, note: 'x', changes: [{ indicatorCode: 'A05', eurPerKpi: 60 }] }))).toBe(
      `changes[0]: A05 already has eurPerKpi 60 and maxPerApplicant 2250 in version ${catalogueVersion}`,
    );
    expect(problemOf(() => planVersion(base, { fromProjectYear: 2, note: 'x', changes: [] }))).toMatch(/^changes: /);
    expect(
      problemOf(() => planVersion(base, { fromProjectYear: 2, note: ' ', changes: [{ indicatorCode: 'A05', eurPerKpi: 1 }] })),
    ).toMatch(/^note: /);
    expect(problemOf(() => planVersion(base, { fromProjectYear: 4, note: 'x', changes: [{ indicatorCode: 'A05', eurPerKpi: 1 }] }))).toBe(
      'fromProjectYear: 4 is not a project year of Plan Samenleven',
    );
  });

  it('refuses a version for a year before the newest version applies', () => {
    const yearThree = published(base, 1, 3, 70);
    expect(() => planVersion(yearThree, { fromProjectYear: 2, note: 'x', changes: [{ indicatorCode: 'A02', eurPerKpi: 1 }] })).toThrow(
      Conflict,
    );
    expect(
      planVersion(yearThree, { fromProjectYear: 3, note: 'x', changes: [{ indicatorCode: 'A05', eurPerKpi: 75 }] }).previousVersion,
    ).toBe(yearThree.catalogueVersion);
  });

  it('gives back the base version when a later version restores the data file', () => {
    const raised = published(base, 1, 2, 65);
    expect(published(raised, 2, 3, 60).catalogueVersion).toBe(catalogueVersion);
  });
});

describe('versionInForce', () => {
  const base = baseCatalogueVersion();

  it('keeps earlier years on their version and gives each later year the newest version that reaches it', () => {
    const fromTwo = published(base, 1, 2, 65);
    const fromThree = published(fromTwo, 2, 3, 70);
    const versions = [fromThree, fromTwo];
    expect(versionInForce([], 2).catalogueVersion).toBe(catalogueVersion);
    expect(versionInForce(versions, 1).catalogueVersion).toBe(catalogueVersion);
    expect(versionInForce(versions, 2).catalogueVersion).toBe(fromTwo.catalogueVersion);
    expect(versionInForce(versions, 3).catalogueVersion).toBe(fromThree.catalogueVersion);
    expect(catalogueOf(versionInForce(versions, 3)).objectives[1]?.actions.flatMap((action) => action.indicators)[0]).toMatchObject({
      code: 'A05',
      eurPerKpi: 70,
    });
  });

  it('never changes the version of a year before the first year of anything published later', () => {
    const codes = allIndicators().map((indicator) => indicator.code);
    const step = fc.record({
      fromOffset: fc.integer({ min: 0, max: 2 }),
      indicatorCode: fc.constantFrom(...codes),
      eurPerKpi: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), (steps) => {
        const versions: CatalogueVersion[] = [];
        for (const { fromOffset, indicatorCode, eurPerKpi } of steps) {
          const latest = versions.at(-1) ?? base;
          const fromProjectYear = Math.min(3, latest.fromProjectYear + fromOffset);
          const before = [1, 2, 3].map((year) => versionInForce(versions, year).catalogueVersion);
          let planned;
          try {
            planned = planVersion(latest, { fromProjectYear, note: 'x', changes: [{ indicatorCode, eurPerKpi }] });
          } catch (error) {
            if (error instanceof RuleViolation) continue;
            throw error;
          }
          versions.push({ ...planned, sequence: versions.length + 1, fromProjectYear, note: 'x', publishedAt: null, publishedBy: null });
          const after = [1, 2, 3].map((year) => versionInForce(versions, year).catalogueVersion);
          for (const year of [1, 2, 3])
            if (year < fromProjectYear) expect(after[year - 1]).toBe(before[year - 1]);
            else expect(after[year - 1]).toBe(planned.catalogueVersion);
        }
      }),
    );
  });
});
