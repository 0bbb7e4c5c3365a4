import type { ReportLine } from './report.js';

/** A report version ABB accepted: the only figures the public results show. */
export interface AcceptedReport {
  governmentCode: string;
  periodCode: string;
  version: number;
  submittedAt: Date;
  results: readonly ReportLine[];
}

export interface PublicTarget {
  governmentCode: string;
  indicatorCode: string;
  target: number;
}

export interface PublicIndicatorTotal {
  indicatorCode: string;
  /** Sum of the committed targets. */
  planned: number;
  /** Sum of each government's running total in its latest accepted report; a nil return adds 0. */
  realised: number;
  /** Governments with a target on the indicator, and how many of them have an accepted report on it. */
  governments: number;
  governmentsReported: number;
}

/**
 * The published figures of a project year: per indicator the committed targets and, per government, the running
 * total of its most recently submitted accepted report (reports are running totals, so the latest accepted one says
 * the most). A report waiting for review, or one ABB sent back, counts for nothing until a version is accepted.
 */
export const publicIndicatorTotals = (targets: readonly PublicTarget[], accepted: readonly AcceptedReport[]): PublicIndicatorTotal[] => {
  const latest = new Map<string, AcceptedReport>();
  for (const report of accepted) {
    const known = latest.get(report.governmentCode);
    const newer =
      known === undefined ||
      report.submittedAt.getTime() > known.submittedAt.getTime() ||
      (report.submittedAt.getTime() === known.submittedAt.getTime() && report.version > known.version);
    if (newer) latest.set(report.governmentCode, report);
  }
  const totals = new Map<string, PublicIndicatorTotal>();
  for (const target of targets) {
    const total = totals.get(target.indicatorCode) ?? {
      indicatorCode: target.indicatorCode,
      planned: 0,
      realised: 0,
      governments: 0,
      governmentsReported: 0,
    };
    total.planned += target.target;
    total.governments += 1;
    const line = latest.get(target.governmentCode)?.results.find((candidate) => candidate.indicatorCode === target.indicatorCode);
    if (line !== undefined) {
      total.realised += line.achieved ?? 0;
      total.governmentsReported += 1;
    }
    totals.set(target.indicatorCode, total);
  }
  return [...totals.values()].sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
};
