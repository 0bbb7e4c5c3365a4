import { findProjectYear } from '#catalogue';
import type { IndicatorStatus } from '#contracts';
import { RuleViolation } from '#domain';
import type { ReportLine } from './report.js';
import { assessIndicator, belowContinuationThreshold, expectedByPeriodEnd, expectedShare, isInterimPeriod } from './target-check.js';

/** One stored version of a government's report for a period of the project year. */
export interface StoredVersion {
  periodCode: string;
  version: number;
  submittedAt: Date;
  results: readonly ReportLine[];
}

/** An at-risk flag as the interim review leaves it, before ABB's clearance (kept apart: no report says it). */
export interface DerivedFlag {
  indicatorCode: string;
  periodCode: string;
  achieved: number | null;
  target: number;
  reportVersion: number;
  motivation: string | null;
  /** When the version that raised it (the first of the run of versions below 25%) was submitted. */
  raisedAt: Date;
}

/** A government's counted result and status on one indicator in one period. */
export interface DerivedResult {
  indicatorCode: string;
  periodCode: string;
  periodEndsOn: string;
  achieved: number | null;
  /** null: not reported by the due date. */
  reportVersion: number | null;
  target: number;
  expected: number;
  status: IndicatorStatus;
}

const byVersion = (a: StoredVersion, b: StoredVersion): number => a.periodCode.localeCompare(b.periodCode) || a.version - b.version;

/**
 * The at-risk flags of a government's project year from its interim versions, replayed in version order as
 * apply-report applies them: a version below 25% of the (current) target raises the flag or keeps it raised, taking
 * the version's motivation or keeping the earlier one; a version at or above 25% takes it away.
 */
export const deriveAtRiskFlags = (targets: ReadonlyMap<string, number>, versions: readonly StoredVersion[]): DerivedFlag[] => {
  const flags = new Map<string, DerivedFlag>();
  for (const version of [...versions].filter((candidate) => isInterimPeriod(candidate.periodCode)).sort(byVersion))
    for (const line of version.results) {
      const target = targets.get(line.indicatorCode);
      if (target === undefined) continue;
      const held = flags.get(line.indicatorCode);
      if (!belowContinuationThreshold(line.achieved, target)) {
        flags.delete(line.indicatorCode);
        continue;
      }
      flags.set(line.indicatorCode, {
        indicatorCode: line.indicatorCode,
        periodCode: version.periodCode,
        achieved: line.achieved,
        target,
        reportVersion: version.version,
        motivation: line.motivation ?? held?.motivation ?? null,
        raisedAt: held?.raisedAt ?? version.submittedAt,
      });
    }
  return [...flags.values()].sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
};

export interface ResultsInput {
  projectYear: number;
  targets: ReadonlyMap<string, number>;
  versions: readonly StoredVersion[];
  /** The periods whose return became overdue without a report (the overdue notice was sent). */
  overduePeriods: ReadonlySet<string>;
  /** Indicators with an at-risk flag ABB has not cleared. */
  openFlags: ReadonlySet<string>;
  tolerance: number;
}

/**
 * Every counted result and status of a government's project year, from scratch, as the live target check keeps them:
 * per indicator with a committed target and per period, the latest version reporting it; without one, not reported
 * once the period's return became overdue, and nothing before. An indicator without a target has no status.
 */
export const deriveResults = ({ projectYear, targets, versions, overduePeriods, openFlags, tolerance }: ResultsInput): DerivedResult[] => {
  const year = findProjectYear(projectYear);
  if (!year) throw new RuleViolation(`projectYear: ${projectYear} is not a project year of Plan Samenleven`);
  const latest = new Map<string, { version: number; line: ReportLine }>();
  for (const version of versions)
    for (const line of version.results) {
      const key = `${version.periodCode}\u0000${line.indicatorCode}`;
      if ((latest.get(key)?.version ?? 0) < version.version) latest.set(key, { version: version.version, line });
    }
  const results: DerivedResult[] = [];
  for (const indicatorCode of [...targets.keys()].sort())
    for (const period of year.reportingPeriods) {
      const target = targets.get(indicatorCode)!;
      const reported = latest.get(`${period.code}\u0000${indicatorCode}`);
      if (!reported && !overduePeriods.has(period.code)) continue;
      const expected = expectedByPeriodEnd(target, expectedShare(period.covers[1], year.start, year.end));
      const achieved = reported?.line.achieved ?? null;
      results.push({
        indicatorCode,
        periodCode: period.code,
        periodEndsOn: period.covers[1],
        achieved,
        reportVersion: reported?.version ?? null,
        target,
        expected,
        status: assessIndicator({
          reported: reported !== undefined,
          achieved,
          target,
          expected,
          tolerance,
          atRiskFlagged: openFlags.has(indicatorCode),
        }),
      });
    }
  return results;
};
