/**
 * The report form's checks while typing, the same rules reporting applies (apps/reporting/src/domain/report.ts) so
 * the officer sees them before sending: errors block sending, warnings only advise. Reporting checks again.
 */

/** Below this share of the target an interim figure asks for a motivation (continuation into project year 3). */
export const CONTINUATION_THRESHOLD = 0.25;
/** Below this share of what was expected by now an indicator is behind (reporting's default lagging tolerance). */
export const LAGGING_TOLERANCE = 0.8;

export interface ReportFormLine {
  indicatorCode: string;
  target: number;
  /** What was expected by the end of the period; null when reporting does not know it yet. */
  expected: number | null;
  /** What the officer typed. */
  value: string;
  /** A deliberate nil return ("nihil"): nothing to count yet, which differs from 0. */
  nil: boolean;
  motivation: string;
}

export interface LineCheck {
  achievedError?: string;
  motivationError?: string;
  motivationWarning?: string;
}

export type PeriodKind = 'interim' | 'annual';

const WHOLE_NUMBER = /^\d+$/;
const figure = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

/** The figure the line reports: null for nil, a number, or undefined while it is not a valid figure. */
export const achievedOf = (line: ReportFormLine): number | null | undefined => {
  if (line.nil) return line.value.trim() === '' ? null : undefined;
  const text = line.value.trim().replace(/\./g, '');
  if (!WHOLE_NUMBER.test(text)) return undefined;
  const number = Number(text);
  return Number.isSafeInteger(number) && number <= 100_000_000 ? number : undefined;
};

export const checkLine = (line: ReportFormLine, kind: PeriodKind): LineCheck => {
  const check: LineCheck = {};
  const value = line.value.trim();
  if (line.nil && value !== '') check.achievedError = 'Kies nihil of vul een aantal in, niet allebei.';
  else if (!line.nil && value === '') check.achievedError = 'Vul het aantal tot nu toe in, of kies nihil als er nog niets te tellen is.';
  else if (achievedOf(line) === undefined) check.achievedError = 'Vul een geheel getal van 0 of meer in (zonder komma).';
  if (check.achievedError !== undefined) return check;
  const total = achievedOf(line) ?? 0;
  if (line.motivation.trim() !== '' || total >= line.target) return check;
  const target = figure.format(line.target);
  if (kind === 'annual')
    check.motivationError = `Het resultaat ligt onder de doelstelling van ${target}: een jaarrapportering motiveert waarom.`;
  else if (total < CONTINUATION_THRESHOLD * line.target)
    check.motivationWarning =
      `minder dan 25% van de doelstelling van ${target}; voor de voortzetting in projectjaar 3 is een motivering nodig ` +
      '(die mag ook later, in een nieuwe versie).';
  else if (line.expected !== null && total < LAGGING_TOLERANCE * line.expected)
    check.motivationWarning =
      `het resultaat ligt achter op wat tegen nu verwacht werd (${figure.format(line.expected)}); ` + 'licht toe waarom.';
  return check;
};

export interface FormCheck {
  lines: Record<string, LineCheck>;
  errors: number;
  warnings: number;
}

export const checkReport = (lines: readonly ReportFormLine[], kind: PeriodKind): FormCheck => {
  const checked = Object.fromEntries(lines.map((line) => [line.indicatorCode, checkLine(line, kind)]));
  const all = Object.values(checked);
  return {
    lines: checked,
    errors: all.filter((check) => check.achievedError !== undefined || check.motivationError !== undefined).length,
    warnings: all.filter((check) => check.motivationWarning !== undefined).length,
  };
};

/** The body of POST /reports for lines without errors. */
export const reportResults = (lines: readonly ReportFormLine[]) =>
  lines.map((line) => ({
    indicatorCode: line.indicatorCode,
    achieved: achievedOf(line) ?? null,
    ...(line.motivation.trim() === '' ? {} : { motivation: line.motivation.trim() }),
  }));

/** A draft as reporting keeps it (GET/PUT /report-drafts/{government}/{period}): what was typed, per indicator. */
export interface ReportDraft {
  savedAt: string;
  lines: Pick<ReportFormLine, 'indicatorCode' | 'value' | 'nil' | 'motivation'>[];
}

/** A saved draft's values over the form's lines; indicators the draft does not know keep theirs. */
export const applyDraft = (lines: readonly ReportFormLine[], draft: ReportDraft | null): ReportFormLine[] => {
  if (draft === null) return [...lines];
  const saved = new Map(draft.lines.map((line) => [line.indicatorCode, line]));
  return lines.map((line) => {
    const found = saved.get(line.indicatorCode);
    return found === undefined ? line : { ...line, value: found.value, nil: found.nil, motivation: found.motivation };
  });
};

/** The body of PUT /report-drafts for the form as it stands. */
export const draftLines = (lines: readonly ReportFormLine[]): ReportDraft['lines'] =>
  lines.map(({ indicatorCode, value, nil, motivation }) => ({ indicatorCode, value, nil, motivation }));

/** Where an upload's problem sits: Rapportering!D7 is sheet Rapportering, cell D7. */
export const cellOf = (field: string): { sheet: string; cell: string } => {
  const at = field.indexOf('!');
  return at < 0 ? { sheet: field, cell: '–' } : { sheet: field.slice(0, at), cell: field.slice(at + 1) };
};
