import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allIndicators, catalogueVersion, programmeCatalogue } from './catalogue.js';
import {
  baseCatalogueRates,
  catalogueProvenance,
  digestCatalogue,
  ratesOf,
  subsidisedIndicatorsOf,
  versionedIndicators,
  withRates,
} from './catalogue-versions.js';

describe('catalogue versions', () => {
  it('names the data file the way catalogueVersion does', () => {
    expect(digestCatalogue(programmeCatalogue)).toBe(catalogueVersion);
    expect(digestCatalogue(withRates(programmeCatalogue, []))).toBe(catalogueVersion);
    expect(digestCatalogue(withRates(programmeCatalogue, baseCatalogueRates()))).toBe(catalogueVersion);
  });

  it('changes only the rates it is given, and leaves the data file alone', () => {
    const changed = withRates(programmeCatalogue, [{ indicatorCode: 'A05', eurPerKpi: 65, maxPerApplicant: 2250 }]);
    const rates = new Map(ratesOf(changed).map((rate) => [rate.indicatorCode, rate]));
    expect(rates.get('A05')).toEqual({ indicatorCode: 'A05', eurPerKpi: 65, maxPerApplicant: 2250 });
    for (const base of baseCatalogueRates()) if (base.indicatorCode !== 'A05') expect(rates.get(base.indicatorCode)).toEqual(base);
    expect(ratesOf(programmeCatalogue).find((rate) => rate.indicatorCode === 'A05')?.eurPerKpi).toBe(60);
    expect(digestCatalogue(changed)).not.toBe(catalogueVersion);
    expect(digestCatalogue(changed)).toMatch(/^sha256-[0-9a-f]{12}$/);
  });

  it('refuses a rate for an indicator the catalogue does not have', () => {
    expect(() => withRates(programmeCatalogue, [{ indicatorCode: 'A99', eurPerKpi: 1, maxPerApplicant: 1 }])).toThrow('A99');
  });

  it('gives the same name to the same content and another name to any other rate or cap', () => {
    const codes = allIndicators().map((indicator) => indicator.code);
    const change = fc.record({
      indicatorCode: fc.constantFrom(...codes),
      eurPerKpi: fc.integer({ min: 0, max: 1_000_000 }),
      maxPerApplicant: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(change, (rate) => {
        const base = baseCatalogueRates().find((candidate) => candidate.indicatorCode === rate.indicatorCode);
        const digest = digestCatalogue(withRates(programmeCatalogue, [rate]));
        expect(digest).toBe(digestCatalogue(withRates(programmeCatalogue, [{ ...rate }])));
        const same = base?.eurPerKpi === rate.eurPerKpi && base.maxPerApplicant === rate.maxPerApplicant;
        expect(digest === catalogueVersion).toBe(same);
      }),
    );
  });

  it('funds action 23 from year 2 and never actions 1, 3, 4 and 12', () => {
    const actionsFunded = (year: number): Set<number> =>
      new Set(subsidisedIndicatorsOf(programmeCatalogue, year).map((indicator) => indicator.actionNumber));
    expect(actionsFunded(1).has(23)).toBe(false);
    expect(actionsFunded(2).has(23)).toBe(true);
    expect(actionsFunded(3).has(23)).toBe(true);
    for (const year of [1, 2, 3]) for (const action of [1, 3, 4, 12]) expect(actionsFunded(year).has(action)).toBe(false);
    expect(subsidisedIndicatorsOf(programmeCatalogue, 2)).toHaveLength(versionedIndicators(programmeCatalogue).length);
    expect(versionedIndicators(programmeCatalogue).find((indicator) => indicator.code === 'A05')).toMatchObject({
      actionNumber: 5,
      objectiveNumber: 2,
      subsidisedFromYear: 1,
    });
  });

  it('says where its data comes from', () => {
    expect(catalogueProvenance.about).toContain('Plan Samenleven');
    expect(catalogueProvenance.sources.length).toBeGreaterThan(0);
  });
});
