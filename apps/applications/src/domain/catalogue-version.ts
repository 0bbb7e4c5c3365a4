import {
  baseCatalogueRates,
  catalogueVersion as baseVersion,
  digestCatalogue,
  findIndicator,
  findProjectYear,
  programmeCatalogue,
  withRates,
  type IndicatorRate,
  type ProgrammeCatalogue,
} from '#catalogue';
import { Conflict, RuleViolation } from '#domain';

/**
 * A catalogue version: the rates and caps of every indicator from one project year on, until a later version.
 * The base version is the data file's (libs/catalogue); ABB publishes the others. Its name is the digest of its
 * content, so a version is never renamed and two versions with the same content share a name.
 */
export interface CatalogueVersion {
  catalogueVersion: string;
  /** Publication order: 0 for the base version, then 1, 2, ... */
  sequence: number;
  fromProjectYear: number;
  /** The version it was derived from; null for the base version. */
  previousVersion: string | null;
  note: string;
  /** What ABB changed against the previous version, each with its full new rate and cap. */
  changes: IndicatorRate[];
  /** Every indicator's rate and cap in this version. */
  rates: IndicatorRate[];
  publishedAt: Date | null;
  publishedBy: string | null;
}

/** A change as ABB asks for it: a new rate, a new cap, or both. */
export interface RateChange {
  indicatorCode: string;
  eurPerKpi?: number;
  maxPerApplicant?: number;
}

export const BASE_VERSION_NOTE = 'the catalogue as published (libs/catalogue/data/plan-samenleven-catalogue.json)';

export const baseCatalogueVersion = (): CatalogueVersion => ({
  catalogueVersion: baseVersion,
  sequence: 0,
  fromProjectYear: 1,
  previousVersion: null,
  note: BASE_VERSION_NOTE,
  changes: [],
  rates: baseCatalogueRates(),
  publishedAt: null,
  publishedBy: null,
});

/** The whole catalogue as a version prices it: names, actions and years of the data file, the version's rates. */
export const catalogueOf = (version: Pick<CatalogueVersion, 'rates'>): ProgrammeCatalogue => withRates(programmeCatalogue, version.rates);

/**
 * The version in force for a project year: the last one published whose first year is that year or earlier
 * (the base version when none is). Versions are published with non-decreasing first years (planVersion), so
 * each year's version is the newest that reaches it and an earlier year never changes.
 */
export const versionInForce = (published: readonly CatalogueVersion[], projectYear: number): CatalogueVersion =>
  [...published].sort((a, b) => b.sequence - a.sequence).find((version) => version.fromProjectYear <= projectYear) ??
  baseCatalogueVersion();

export interface VersionRequest {
  fromProjectYear: number;
  note: string;
  changes: readonly RateChange[];
}

export interface PlannedVersion {
  catalogueVersion: string;
  previousVersion: string;
  changes: IndicatorRate[];
  rates: IndicatorRate[];
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * The version ABB asks for, derived from the newest version so far. Every problem with the changes is named
 * at once, each by its place (`changes[2].eurPerKpi: ...`). A version for a year before the newest version's
 * first year is refused: it would silently undo that version's changes for the later years.
 */
export const planVersion = (latest: CatalogueVersion, request: VersionRequest): PlannedVersion => {
  if (!Number.isInteger(request.fromProjectYear) || !findProjectYear(request.fromProjectYear))
    throw new RuleViolation(`fromProjectYear: ${request.fromProjectYear} is not a project year of Plan Samenleven`);
  if (request.fromProjectYear < latest.fromProjectYear)
    throw new Conflict(
      `fromProjectYear: version ${latest.catalogueVersion} already applies from project year ${latest.fromProjectYear}; ` +
        `a version from project year ${request.fromProjectYear} would change it for the later years`,
    );
  if (request.note.trim() === '') throw new RuleViolation('note: say why the catalogue changes');
  if (request.changes.length === 0) throw new RuleViolation('changes: name at least one indicator whose rate or cap changes');
  const current = new Map(latest.rates.map((rate) => [rate.indicatorCode, rate]));
  // { field, problem } as the problem document lists them; joined into the message (see the end of this function).
  const problems: { field: string; problem: string }[] = [];
  const seen = new Set<string>();
  const changes: IndicatorRate[] = [];
  request.changes.forEach((change, index) => {
    const at = `changes[${index}]`;
    const before = current.get(change.indicatorCode);
    if (!before || !findIndicator(change.indicatorCode)) {
      problems.push({ field: `${at}.indicatorCode`, problem: `${change.indicatorCode} is not an indicator of the catalogue` });
      return;
    }
    if (seen.has(change.indicatorCode)) {
      problems.push({ field: `${at}.indicatorCode`, problem: `${change.indicatorCode} is changed twice (name each indicator once)` });
      return;
    }
    seen.add(change.indicatorCode);
    if (change.eurPerKpi === undefined && change.maxPerApplicant === undefined) {
      problems.push({ field: at, problem: 'give eurPerKpi, maxPerApplicant or both' });
      return;
    }
    let valid = true;
    for (const field of ['eurPerKpi', 'maxPerApplicant'] as const) {
      const value = change[field];
      if (value !== undefined && !isCount(value)) {
        problems.push({ field: `${at}.${field}`, problem: `must be a whole number of 0 or more, got ${String(value)}` });
        valid = false;
      }
    }
    if (!valid) return;
    const after = {
      indicatorCode: change.indicatorCode,
      eurPerKpi: change.eurPerKpi ?? before.eurPerKpi,
      maxPerApplicant: change.maxPerApplicant ?? before.maxPerApplicant,
    };
    if (after.eurPerKpi === before.eurPerKpi && after.maxPerApplicant === before.maxPerApplicant) {
      problems.push({
        field: at,
        problem:
          `${change.indicatorCode} already has eurPerKpi ${before.eurPerKpi} and maxPerApplicant ${before.maxPerApplicant} ` +
          `in version ${latest.catalogueVersion}`,
      });
      return;
    }
    changes.push(after);
  });
  // libs/domain's RuleViolation carries only a message on this branch; with a problems list it becomes RuleViolation.of(problems).
  if (problems.length > 0) throw new RuleViolation(problems.map(({ field, problem }) => `${field}: ${problem}`).join('; '));
  const changed = new Map(changes.map((rate) => [rate.indicatorCode, rate]));
  const rates = latest.rates.map((rate) => changed.get(rate.indicatorCode) ?? rate);
  return { catalogueVersion: digestCatalogue(catalogueOf({ rates })), previousVersion: latest.catalogueVersion, changes, rates };
};
