import { findProjectYear } from '#catalogue';
import { RuleViolation, supersedes } from '#domain';

/** A report the government owes for one reporting period of a project year. */
export interface ExpectedReturn {
  governmentCode: string;
  projectYear: number;
  periodCode: string;
  kind: 'interim' | 'annual';
  /** The first and last day the report covers (inclusive). */
  coversFrom: string;
  coversTo: string;
  due: string;
}

/**
 * Every report a government committed to targets in a project year owes: one per reporting period of that year
 * (the interim and the annual one), with the catalogue's covered dates and due date.
 */
export const expectedReturnsOf = (governmentCode: string, projectYear: number): ExpectedReturn[] => {
  const year = findProjectYear(projectYear);
  if (!year) throw new RuleViolation(`projectYear: ${projectYear} is not a project year of Plan Samenleven`);
  return year.reportingPeriods.map((period) => ({
    governmentCode,
    projectYear,
    periodCode: period.code,
    kind: period.code.endsWith('-INTERIM') ? 'interim' : 'annual',
    coversFrom: period.covers[0],
    coversTo: period.covers[1],
    due: period.due,
  }));
};

/**
 * The targets of an application are replaced whole by a later revision (an accepted amendment): a revision
 * newer than the recorded one replaces it, an older one arriving late, or the same one again, changes nothing.
 */
export const replacesCommitment = (recordedRevision: number | undefined, incomingRevision: number): boolean =>
  supersedes(recordedRevision, incomingRevision);

/** The indicators whose planned figures change when one set of targets replaces another: every one in either. */
export const indicatorsTouched = (previous: readonly string[], next: readonly string[]): string[] =>
  [...new Set([...previous, ...next])].sort();

/** The same indicator twice in one revision cannot be reported against: which target would count? */
export const checkDistinctIndicators = (applicationId: string, revision: number, indicatorCodes: readonly string[]): void => {
  const seen = new Set<string>();
  const twice = indicatorCodes.filter((code) => (seen.has(code) ? true : (seen.add(code), false)));
  if (twice.length > 0)
    throw new RuleViolation(`targets: application ${applicationId} revision ${revision} names ${[...new Set(twice)].join(', ')} twice`);
};
