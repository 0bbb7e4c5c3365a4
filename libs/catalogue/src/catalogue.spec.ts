import { describe, expect, it } from '@jest/globals';
import {
  allIndicators,
  catalogueVersion,
  findIndicator,
  findProjectYear,
  findReportingPeriod,
  findSubsidisedIndicator,
  programmeCatalogue,
} from './catalogue.js';

describe('programme catalogue', () => {
  it('holds the 7 objectives, 24 actions and 28 indicators of Plan Samenleven', () => {
    const actions = programmeCatalogue.objectives.flatMap((objective) => objective.actions);
    expect(programmeCatalogue.objectives).toHaveLength(7);
    expect(actions).toHaveLength(24);
    expect(allIndicators()).toHaveLength(28);
  });

  it('finds an indicator with its action and objective', () => {
    const indicator = findIndicator('A05');
    expect(indicator?.eurPerKpi).toBe(60);
    expect(indicator?.actionNumber).toBe(5);
    expect(indicator?.objectiveName).toBe('Nederlands');
    expect(findIndicator('A99')).toBeUndefined();
  });

  it('funds action 23 only from project year 2, every other indicator from year 1', () => {
    const fromYearTwo = allIndicators().filter((indicator) => indicator.actionNumber === 23);
    expect(fromYearTwo.length).toBeGreaterThan(0);
    for (const indicator of fromYearTwo) {
      expect(findSubsidisedIndicator(indicator.code, 1)).toBeUndefined();
      expect(findSubsidisedIndicator(indicator.code, 2)).toBe(indicator);
    }
    const fromYearOne = allIndicators().filter((indicator) => indicator.actionNumber !== 23);
    expect(fromYearOne.every((indicator) => findSubsidisedIndicator(indicator.code, 1) === indicator)).toBe(true);
    expect(findSubsidisedIndicator('A99', 2)).toBeUndefined();
  });

  it('knows project years and the reporting periods inside them', () => {
    expect(findProjectYear(2)?.programmeBudgetEur).toBe(16907780);
    expect(findReportingPeriod('PJ1-INTERIM')).toMatchObject({ projectYear: 1, due: '2023-04-15' });
    expect(findReportingPeriod('PJ9-ANNUAL')).toBeUndefined();
  });
});

describe('catalogueVersion', () => {
  it('is the digest of the catalogue data, so any change of a rate gives another version', async () => {
    const { createHash } = await import('node:crypto');
    const { readFile } = await import('node:fs/promises');
    const data: unknown = JSON.parse(await readFile(new URL('../data/plan-samenleven-catalogue.json', import.meta.url), 'utf8'));
    expect(catalogueVersion).toBe(`sha256-${createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12)}`);
  });
});
