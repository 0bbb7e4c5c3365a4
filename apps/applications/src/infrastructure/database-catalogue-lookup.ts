import { Injectable } from '@nestjs/common';
import { catalogueVersion as baseVersion, findProjectYear, subsidisedIndicatorsOf } from '#catalogue';
import { NotFound, RuleViolation } from '#domain';
import { CatalogueLookup, type PricedIndicator } from '../domain/catalogue-lookup.js';
import { baseCatalogueVersion, catalogueOf, type CatalogueVersion } from '../domain/catalogue-version.js';
import { CatalogueVersionRepository } from './catalogue-version.repository.js';

/**
 * The catalogue lookup of calls, applications and decisions: the base version from the data file, the
 * versions ABB published from the database. Every version ever published stays resolvable by its name, so
 * an application or decision priced under it is read back under the same rates.
 */
@Injectable()
export class DatabaseCatalogueLookup extends CatalogueLookup {
  /** Published versions never change, so what was resolved once is kept. */
  private readonly resolved = new Map<string, CatalogueVersion>([[baseVersion, baseCatalogueVersion()]]);

  constructor(private readonly versions: CatalogueVersionRepository) {
    super();
  }

  async currentVersion(projectYear: number): Promise<string> {
    checkProjectYear(projectYear);
    await this.versions.lockForReading();
    return (await this.versions.inForce(projectYear))?.catalogueVersion ?? baseVersion;
  }

  async subsidisedIndicators(version: string, projectYear: number): Promise<ReadonlyMap<string, PricedIndicator>> {
    checkProjectYear(projectYear);
    const resolved = await this.resolve(version);
    return new Map(
      subsidisedIndicatorsOf(catalogueOf(resolved), projectYear).map((indicator) => [
        indicator.code,
        {
          code: indicator.code,
          actionNumber: indicator.actionNumber,
          objectiveNumber: indicator.objectiveNumber,
          unit: indicator.unit,
          eurPerKpi: indicator.eurPerKpi,
          maxPerApplicant: indicator.maxPerApplicant,
        },
      ]),
    );
  }

  private async resolve(version: string): Promise<CatalogueVersion> {
    const known = this.resolved.get(version);
    if (known) return known;
    const found = await this.versions.findByName(version);
    if (!found) throw new NotFound(`catalogueVersion: ${version} is not a version of the programme catalogue`);
    this.resolved.set(version, found);
    return found;
  }
}

const checkProjectYear = (projectYear: number): void => {
  if (!findProjectYear(projectYear)) throw new RuleViolation(`projectYear: ${projectYear} is not a project year of Plan Samenleven`);
};
