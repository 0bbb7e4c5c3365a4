import { Injectable } from '@nestjs/common';
import { allIndicators, catalogueVersion } from '#catalogue';
import { NotFound } from '#domain';
import { CatalogueLookup, type PricedIndicator } from '../domain/catalogue-lookup.js';

/**
 * The catalogue shipped in libs/catalogue as the one version of every project year, until catalogue versions
 * live in the database (DatabaseCatalogueLookup replaces this provider then).
 */
@Injectable()
export class StaticCatalogueLookup extends CatalogueLookup {
  currentVersion(_projectYear: number): Promise<string> {
    return Promise.resolve(catalogueVersion);
  }

  subsidisedIndicators(version: string, projectYear: number): Promise<ReadonlyMap<string, PricedIndicator>> {
    if (version !== catalogueVersion) return Promise.reject(new NotFound(`catalogueVersion: ${version} is not a catalogue version`));
    const indicators = allIndicators()
      .filter((indicator) => projectYear >= indicator.subsidisedFromYear)
      .map(({ code, actionNumber, objectiveNumber, unit, eurPerKpi, maxPerApplicant }) => ({
        code,
        actionNumber,
        objectiveNumber,
        unit,
        eurPerKpi,
        maxPerApplicant,
      }));
    return Promise.resolve(new Map(indicators.map((indicator) => [indicator.code, indicator])));
  }
}
