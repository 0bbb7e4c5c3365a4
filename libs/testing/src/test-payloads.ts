import { randomUUID } from 'node:crypto';
import { findReportingPeriod } from '#catalogue';
import type {
  DecidedLineV2,
  IndicatorStatus,
  IndicatorStatusChangedV1,
  ReportSubmittedV1,
  ReportSubmittedV2,
  TargetsCommittedV2,
} from '#contracts';

/** One decided line as applications prices it: subsidised reach x euro per KPI, the target current + approved. */
export const decidedLine = (
  indicatorCode: string,
  { currentReach = 0, approvedAdditionalReach, subsidisedReach = approvedAdditionalReach, eurPerKpi = 60 }: DecidedReach,
): DecidedLineV2 => ({
  indicatorCode,
  currentReach,
  approvedAdditionalReach,
  target: currentReach + approvedAdditionalReach,
  subsidisedReach,
  eurPerKpi,
  amountEur: subsidisedReach * eurPerKpi,
});

export interface DecidedReach {
  currentReach?: number;
  approvedAdditionalReach: number;
  /** Defaults to the approved reach (no cap applies). */
  subsidisedReach?: number;
  /** Defaults to 60, the catalogue's rate for A05. */
  eurPerKpi?: number;
}

/** A decision as applications announces it (targets-committed v2): the total is the sum of its lines. */
export const testDecision = (
  governmentCode: string,
  projectYear: number,
  targets: DecidedLineV2[],
  applicationId: string = randomUUID(),
): TargetsCommittedV2 => ({
  applicationId,
  governmentCode,
  projectYear,
  catalogueVersion: 'sha256-test00000000',
  amountEur: targets.reduce((sum, line) => sum + line.amountEur, 0),
  targets,
});

/** A report as reporting announces it (report-submitted v1): a new report id, submitted now. */
export const testReport = (
  governmentCode: string,
  periodCode: string,
  reportVersion: number,
  results: ReportSubmittedV1['results'],
): ReportSubmittedV1 => {
  const period = findReportingPeriod(periodCode);
  if (!period) throw new Error(`${periodCode} is not a reporting period of the catalogue`);
  return {
    reportId: randomUUID(),
    governmentCode,
    projectYear: period.projectYear,
    periodCode,
    reportVersion,
    submittedAt: new Date().toISOString(),
    results,
  };
};

/** A report as reporting announces it from v2 on: due date and lateness from the catalogue, a motivation per line. */
export const testReportV2 = (
  governmentCode: string,
  periodCode: string,
  reportVersion: number,
  results: { indicatorCode: string; achieved: number | null; motivation?: string | null }[],
  options: { submittedAt?: string; late?: boolean } = {},
): ReportSubmittedV2 => {
  const period = findReportingPeriod(periodCode);
  if (!period) throw new Error(`${periodCode} is not a reporting period of the catalogue`);
  return {
    reportId: randomUUID(),
    governmentCode,
    projectYear: period.projectYear,
    periodCode,
    reportVersion,
    submittedAt: options.submittedAt ?? new Date().toISOString(),
    due: period.due,
    late: options.late ?? false,
    results: results.map(({ indicatorCode, achieved, motivation }) => ({ indicatorCode, achieved, motivation: motivation ?? null })),
  };
};

/** A status change as reporting announces it (indicator-status-changed v1), at Gent's interim review of 2,000. */
export const testStatusChange = (
  governmentCode: string,
  indicatorCode: string,
  previousStatus: IndicatorStatus,
  status: IndicatorStatus,
  achieved: number | null = 600,
): IndicatorStatusChangedV1 => ({
  governmentCode,
  indicatorCode,
  projectYear: 1,
  periodCode: 'PJ1-INTERIM',
  previousStatus,
  status,
  achieved,
  target: 2000,
  expected: 997.26,
});

/**
 * A synthetic local government for load and fault runs: a NIS-like code `codeBase + index` and a KBO number
 * with valid mod-97 check digits, both distinct per index.
 */
export const syntheticGovernment = (index: number, { codeBase, label }: { codeBase: number; label: string }) => {
  const code = String(codeBase + index);
  const base = String(20_000_000 + index).padStart(8, '0');
  const kboNumber = `0${base.slice(1)}${String(97 - (Number(`0${base.slice(1)}`) % 97)).padStart(2, '0')}`;
  return {
    code,
    kboNumber,
    name: `${label} gemeente ${index}`,
    province: 'Antwerpen',
    // Eligible on its own (more than 7,500 inhabitants of non-EU origin).
    nonEuOriginInhabitants: 10_000,
    contacts: [{ name: label, email: `${label.toLowerCase()}-${code}@example.test`, phone: null, role: 'primary' }],
  };
};
