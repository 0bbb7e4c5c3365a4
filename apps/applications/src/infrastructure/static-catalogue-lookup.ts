import { Injectable } from '@nestjs/common';
import { allIndicators, catalogueVersion, findSubsidisedIndicator } from '#catalogue';
import { CatalogueLookup, type PricedIndicator } from '../domain/catalogue-lookup.js';

/**
 * The catalogue as shipped, one version for every project year. Stands in until catalogue versions are kept
 * in the database (DatabaseCatalogueLookup), which replaces it in the module.
 */
@Injectable()
export class StaticCatalogueLookup extends CatalogueLookup {
  currentVersion(_projectYear: number): Promise<string> {
    return Promise.resolve(catalogueVersion);
  }

  subsidisedIndicators(_version: string, projectYear: number): Promise<ReadonlyMap<string, PricedIndicator>> {
    const priced = new Map<string, PricedIndicator>();
    for (const { code } of allIndicators()) {
      const indicator = findSubsidisedIndicator(code, projectYear);
      if (indicator === undefined) continue;
      const { unit, eurPerKpi, maxPerApplicant, actionNumber, objectiveNumber } = indicator;
      priced.set(code, { code, unit, eurPerKpi, maxPerApplicant, actionNumber, objectiveNumber });
    }
    return Promise.resolve(priced);
  }
}
