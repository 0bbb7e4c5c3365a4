import type { FieldProblem } from '#domain';
import { belowContinuationThreshold } from './target-check.js';

/** One line of a result report: the running total achieved for an approved indicator. */
export interface ReportLine {
  indicatorCode: string;
  /** null is a deliberate "nil": the government reports that there is nothing to count yet. */
  achieved: number | null;
  /** Why the indicator is below target, in the government's words. */
  motivation?: string;
}

export interface ReportContext {
  governmentCode: string;
  projectYear: number;
  kind: 'interim' | 'annual';
  /** The committed target per approved indicator of the government in the project year. */
  targets: ReadonlyMap<string, number>;
  /** The version a correction replaces; undefined for a first report. */
  previous?: { version: number; results: readonly ReportLine[] };
}

const hasMotivation = (line: ReportLine): boolean => line.motivation !== undefined && line.motivation.trim() !== '';

/**
 * Everything wrong with a report, at once, in Dutch (governments read these, in the API and by cell of the Excel
 * upload): indicators not approved for the government in that year or named twice, figures that are not whole
 * numbers >= 0, an annual figure below target without a motivation, and a correction leaving out an indicator the
 * previous version reported (its old figure would keep standing).
 */
export const reportProblems = (lines: readonly ReportLine[], context: ReportContext): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const target = context.targets.get(line.indicatorCode);
    if (target === undefined)
      problems.push({
        field: `results[${index}].indicatorCode`,
        problem: `${line.indicatorCode} is geen goedgekeurde indicator van ${context.governmentCode} in projectjaar ${context.projectYear}`,
      });
    else if (seen.has(line.indicatorCode))
      problems.push({ field: `results[${index}].indicatorCode`, problem: `${line.indicatorCode} komt meer dan eens voor` });
    seen.add(line.indicatorCode);
    if (line.achieved !== null && !(Number.isSafeInteger(line.achieved) && line.achieved >= 0))
      problems.push({
        field: `results[${index}].achieved`,
        problem: `${String(line.achieved)} is geen geheel getal van 0 of meer (null voor nihil)`,
      });
    else if (context.kind === 'annual' && target !== undefined && (line.achieved ?? 0) < target && !hasMotivation(line))
      problems.push({
        field: `results[${index}].motivation`,
        problem:
          `${line.indicatorCode}: ${line.achieved ?? 'nihil'} ligt onder de doelstelling ${target}; ` +
          'een jaarrapportering motiveert waarom',
      });
  });
  if (context.previous) {
    const missing = context.previous.results.map((line) => line.indicatorCode).filter((code) => !seen.has(code));
    if (missing.length > 0)
      problems.push({
        field: 'results',
        problem:
          `${missing.join(', ')} ${missing.length === 1 ? 'werd' : 'werden'} gerapporteerd in versie ${context.previous.version}; ` +
          'een correctie rapporteert elke indicator opnieuw (null voor bewust nihil)',
      });
  }
  return problems;
};

/**
 * On an interim report every indicator below 25% of its target asks for a motivation (continuation into year 3
 * depends on it), but the motivation may follow before the interim review: a warning, not a refusal.
 */
export const reportWarnings = (lines: readonly ReportLine[], context: Pick<ReportContext, 'kind' | 'targets'>): FieldProblem[] => {
  if (context.kind !== 'interim') return [];
  return lines.flatMap((line, index) => {
    const target = context.targets.get(line.indicatorCode);
    if (target === undefined || hasMotivation(line) || !belowContinuationThreshold(line.achieved, target)) return [];
    return [
      {
        field: `results[${index}].motivation`,
        problem:
          `${line.indicatorCode}: ${line.achieved ?? 'nihil'} ligt onder 25% van de doelstelling ${target}; voor de voortzetting in ` +
          'projectjaar 3 is een motivering nodig (die mag volgen in een nieuwe versie vóór de tussentijdse beoordeling)',
      },
    ];
  });
};

/** The programme's dates are Belgian calendar days. */
export const programmeDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** A report may be submitted from the period's first day on; before, there is nothing to report. */
export const periodStarted = (at: Date, firstDay: string): boolean => programmeDay(at) >= firstDay;

/** A report after its due date (inclusive) is accepted and marked late. */
export const isLate = (at: Date, due: string): boolean => programmeDay(at) > due;

/** Two requests under one idempotency key are the same request when they say the same, line order aside. */
export const requestFingerprint = (governmentCode: string, periodCode: string, lines: readonly ReportLine[]): string =>
  JSON.stringify({
    governmentCode,
    periodCode,
    results: [...lines]
      .map((line) => [line.indicatorCode, line.achieved, line.motivation ?? null] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  });
