import { describe, expect, it } from '@jest/globals';
import { catalogueVersion } from '#catalogue';
import { StaticCatalogueLookup } from './static-catalogue-lookup.js';

describe('StaticCatalogueLookup', () => {
  const lookup = new StaticCatalogueLookup();

  it('names the shipped catalogue as the current version of every project year', async () => {
    for (const year of [1, 2, 3]) expect(await lookup.currentVersion(year)).toBe(catalogueVersion);
  });

  it('prices A05 as the catalogue does; action 23 only from year 2; actions 1, 3, 4 and 12 never', async () => {
    const year1 = await lookup.subsidisedIndicators(catalogueVersion, 1);
    const year2 = await lookup.subsidisedIndicators(catalogueVersion, 2);
    expect(year1.get('A05')).toEqual({
      code: 'A05',
      actionNumber: 5,
      objectiveNumber: 2,
      unit: expect.any(String),
      eurPerKpi: 60,
      maxPerApplicant: 2250,
    });
    expect(year1.has('A23')).toBe(false);
    expect(year2.get('A23')).toMatchObject({ actionNumber: 23 });
    for (const priced of [year1, year2])
      expect([...priced.values()].filter((indicator) => [1, 3, 4, 12].includes(indicator.actionNumber))).toEqual([]);
  });
});
