import { Injectable } from '@nestjs/common';
import { actionSubsidisedFromYear, catalogueProvenance, findProjectYear, isSubsidisedInYear, type ReportingPeriod } from '#catalogue';
import { NotFound, RuleViolation } from '#domain';
import { baseCatalogueVersion, catalogueOf, type CatalogueVersion } from '../../domain/catalogue-version.js';
import { CatalogueVersionRepository } from '../../infrastructure/catalogue-version.repository.js';
import type { GetCatalogueQuery } from './get-catalogue.query.js';

export interface CatalogueIndicatorView {
  code: string;
  unit: string;
  eurPerKpi: number;
  maxPerApplicant: number;
}

export interface CatalogueActionView {
  number: number;
  name: string;
  /** Whether the action can be funded in this project year. */
  subsidised: boolean;
  /** The first project year it is funded in; null when never (actions 1, 3, 4, 12: other instruments). */
  subsidisedFromYear: number | null;
  /** 'confirmed' in a public source, or 'inferred' from the year-1 application form. */
  provenance: string;
  indicators: CatalogueIndicatorView[];
}

export interface CatalogueView {
  catalogueVersion: string;
  /** The first project year of that version. */
  versionFromProjectYear: number;
  projectYear: number;
  start: string;
  end: string;
  reportingPeriods: ReportingPeriod[];
  about: string;
  sources: string[];
  objectives: { number: number; name: string; actions: CatalogueActionView[] }[];
}

/** The catalogue of one project year, under the version in force for it (or the one asked for), with where its data comes from. */
@Injectable()
export class GetCatalogueHandler {
  constructor(private readonly versions: CatalogueVersionRepository) {}

  async execute(query: GetCatalogueQuery): Promise<CatalogueView> {
    const projectYear = findProjectYear(query.projectYear);
    if (!projectYear) throw new RuleViolation(`projectYear: ${query.projectYear} is not a project year of Plan Samenleven`);
    const version = await this.versionFor(query);
    const catalogue = catalogueOf(version);
    return {
      catalogueVersion: version.catalogueVersion,
      versionFromProjectYear: version.fromProjectYear,
      projectYear: projectYear.year,
      start: projectYear.start,
      end: projectYear.end,
      reportingPeriods: projectYear.reportingPeriods,
      about: catalogueProvenance.about,
      sources: catalogueProvenance.sources,
      objectives: catalogue.objectives.map((objective) => ({
        number: objective.number,
        name: objective.name,
        actions: objective.actions.map((action) => ({
          number: action.number,
          name: action.name,
          subsidised: isSubsidisedInYear(action, query.projectYear),
          subsidisedFromYear: actionSubsidisedFromYear(action),
          provenance: action.provenance,
          indicators: action.indicators.map(({ code, unit, eurPerKpi, maxPerApplicant }) => ({ code, unit, eurPerKpi, maxPerApplicant })),
        })),
      })),
    };
  }

  private async versionFor(query: GetCatalogueQuery): Promise<CatalogueVersion> {
    const base = baseCatalogueVersion();
    if (query.catalogueVersion === undefined) return (await this.versions.inForce(query.projectYear)) ?? base;
    if (query.catalogueVersion === base.catalogueVersion) return base;
    const found = await this.versions.findByName(query.catalogueVersion);
    if (!found) throw new NotFound(`catalogueVersion: ${query.catalogueVersion} is not a version of the programme catalogue`);
    return found;
  }
}
