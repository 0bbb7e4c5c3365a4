import { RuleViolation } from '#domain';

/** One line of a result report: the running total achieved for an approved indicator. */
export interface ReportLine {
  indicatorCode: string;
  /** null is a deliberate "nil": the government reports that there is nothing to count yet. */
  achieved: number | null;
  motivation?: string;
}

/**
 * A correction replaces the previous version in every figure, so it must report every indicator that
 * version reported (null for a deliberate nil); leaving one out would leave its old figure standing.
 */
export const checkCorrectionCovers = (lines: ReportLine[], previous: { version: number; results: ReportLine[] }): void => {
  const reported = new Set(lines.map((line) => line.indicatorCode));
  const missing = previous.results.map((line) => line.indicatorCode).filter((code) => !reported.has(code));
  if (missing.length > 0)
    throw new RuleViolation(
      `results: ${missing.join(', ')} ${missing.length === 1 ? 'was' : 'were'} reported in version ${previous.version}; ` +
        'a correction reports every indicator again (null for a deliberate nil)',
    );
};

/** A report covers only indicators the government committed to, each at most once. */
export const checkReportLines = (
  lines: ReportLine[],
  approvedIndicators: ReadonlySet<string>,
  governmentCode: string,
  projectYear: number,
): void => {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (!approvedIndicators.has(line.indicatorCode))
      throw new RuleViolation(
        `results[${index}].indicatorCode: ${line.indicatorCode} ` +
          `is not an approved indicator of ${governmentCode} in project year ${projectYear}`,
      );
    if (seen.has(line.indicatorCode))
      throw new RuleViolation(`results[${index}].indicatorCode: ${line.indicatorCode} appears more than once`);
    seen.add(line.indicatorCode);
  });
};
