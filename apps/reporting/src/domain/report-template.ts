import { createHash } from 'node:crypto';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN, PERIOD_CODE_PATTERN } from '#contracts';
import { RuleViolation, type FieldProblem } from '#domain';
import type { ReportLine } from './report.js';
import { expectedByPeriodEnd, expectedShare } from './target-check.js';

/**
 * The Excel template governments report with: its layout, what it is prefilled with, and how a filled
 * one is read back into report lines. Pure rules; reading and writing the .xlsx is infrastructure's.
 */

/** Bumped whenever the layout changes, so a template of an older layout is refused instead of misread. */
export const TEMPLATE_VERSION = 1;

export const DATA_SHEET = 'Rapportering';
export const INSTRUCTIONS_SHEET = 'Instructies';
/** Hidden (veryHidden: Excel's own menus cannot show it) and identifies the template on upload. */
export const METADATA_SHEET = 'Sjabloon';

export const HEADER_ROW = 6;
export const FIRST_DATA_ROW = 7;
/** The cells of the data sheet that name the government and the period (prefilled, locked). */
export const GOVERNMENT_CELL = 'B2';
export const PERIOD_CELL = 'B3';

export const COLUMNS = {
  indicator: 'A',
  unit: 'B',
  target: 'C',
  achieved: 'D',
  nil: 'E',
  motivation: 'F',
  expected: 'G',
  lastReported: 'H',
} as const;

export const NIL_YES = 'Ja';
export const NIL_NO = 'Nee';
/** The same bounds as the JSON API (SubmitReportDto). */
export const MAX_ACHIEVED = 100_000_000;
export const MAX_MOTIVATION_LENGTH = 4000;
/** As many lines as a report of the JSON API may have (SubmitReportDto): the catalogue has 28 indicators. */
export const MAX_TEMPLATE_INDICATORS = 28;
/** The most rows read after the template's own: enough to notice added rows, without walking a sheet of a million. */
export const MAX_EXTRA_ROWS = 200;

export const cellName = (column: string, row: number): string => `${DATA_SHEET}!${column}${row}`;

/** The keys of the metadata sheet (column A), each with its value in column B. */
export const METADATA_KEYS = {
  governmentCode: 'governmentCode',
  periodCode: 'periodCode',
  templateVersion: 'templateVersion',
  indicatorCodes: 'indicatorCodes',
  seal: 'seal',
} as const;

/** What a template is for: the upload is checked against it. */
export interface TemplateMetadata {
  governmentCode: string;
  periodCode: string;
  templateVersion: number;
  /** The indicator on each data row, top to bottom from FIRST_DATA_ROW. */
  indicatorCodes: string[];
}

/**
 * A digest of the metadata, stored next to it, so an edited metadata sheet (or a data sheet pasted under
 * another template's metadata) is noticed. Not a secret: the access check on the government code and the
 * report rules guard what a forged template could do; the seal catches mistakes and careless edits.
 */
export const templateSeal = ({ governmentCode, periodCode, templateVersion, indicatorCodes }: TemplateMetadata): string =>
  createHash('sha256')
    .update(JSON.stringify(['plan-samenleven-report-template', governmentCode, periodCode, templateVersion, indicatorCodes]))
    .digest('hex');

/** A cell's value as the workbook holds it (a formula's cached result; rich text joined). */
export type CellValue = string | number | boolean | Date | { error: string } | null;

// ---------------------------------------------------------------------------------------------
// Building

export interface TemplateTarget {
  indicatorCode: string;
  unit: string;
  actionNumber: number;
  target: number;
}

export interface TemplatePeriod {
  code: string;
  projectYear: number;
  covers: [string, string];
  due: string;
  yearStart: string;
  yearEnd: string;
}

export interface TemplateRow {
  row: number;
  indicatorCode: string;
  unit: string;
  target: number;
  /** Target x the share of the project year elapsed at the end of the period. */
  expected: number;
  /** The line of the latest version for this period, when there is one: prefilled, so a correction changes only what changed. */
  previous: ReportLine | null;
}

export interface ReportTemplate {
  metadata: TemplateMetadata;
  seal: string;
  period: TemplatePeriod;
  previousVersion: number | null;
  rows: TemplateRow[];
}

/** The content of a government's template for a period: one row per approved indicator, in the catalogue's action order. */
export const describeTemplate = (input: {
  governmentCode: string;
  period: TemplatePeriod;
  targets: readonly TemplateTarget[];
  previous: { version: number; results: readonly ReportLine[] } | null;
}): ReportTemplate => {
  const share = expectedShare(input.period.covers[1], input.period.yearStart, input.period.yearEnd);
  const previousLines = new Map((input.previous?.results ?? []).map((line) => [line.indicatorCode, line]));
  const rows = [...input.targets]
    .sort((a, b) => a.actionNumber - b.actionNumber || a.indicatorCode.localeCompare(b.indicatorCode, 'en', { numeric: true }))
    .map((target, index) => ({
      row: FIRST_DATA_ROW + index,
      indicatorCode: target.indicatorCode,
      unit: target.unit,
      target: target.target,
      expected: expectedByPeriodEnd(target.target, share),
      previous: previousLines.get(target.indicatorCode) ?? null,
    }));
  const metadata: TemplateMetadata = {
    governmentCode: input.governmentCode,
    periodCode: input.period.code,
    templateVersion: TEMPLATE_VERSION,
    indicatorCodes: rows.map((row) => row.indicatorCode),
  };
  return { metadata, seal: templateSeal(metadata), period: input.period, previousVersion: input.previous?.version ?? null, rows };
};

// ---------------------------------------------------------------------------------------------
// Reading back

const BODY = 'body';
const NEW_TEMPLATE = 'download een nieuw sjabloon (GET /reports/template)';

const notATemplate = (why: string): RuleViolation =>
  RuleViolation.at(BODY, `geen geldig rapporteringssjabloon van Plan Samenleven: ${why}`);

const text = (value: CellValue | undefined): string | null =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : null;

/**
 * What the hidden metadata sheet says the template is for (key in column A, value in column B), or a 400
 * saying why this is not a template that can be read: no metadata sheet, an older layout, edited metadata.
 */
export const readTemplateMetadata = (values: Readonly<Record<string, CellValue>> | null, hasDataSheet: boolean): TemplateMetadata => {
  if (values === null)
    throw notATemplate(`het verborgen blad ${METADATA_SHEET} ontbreekt (werd het in een nieuw bestand overgenomen?); ${NEW_TEMPLATE}`);
  if (!hasDataSheet) throw notATemplate(`het blad ${DATA_SHEET} ontbreekt; ${NEW_TEMPLATE}`);
  const governmentCode = text(values[METADATA_KEYS.governmentCode]);
  const periodCode = text(values[METADATA_KEYS.periodCode]);
  const version = values[METADATA_KEYS.templateVersion];
  const codes = text(values[METADATA_KEYS.indicatorCodes]);
  const seal = text(values[METADATA_KEYS.seal]);
  if (typeof version === 'number' && version !== TEMPLATE_VERSION)
    throw notATemplate(`sjabloonversie ${version} wordt niet meer aanvaard (nu versie ${TEMPLATE_VERSION}); ${NEW_TEMPLATE}`);
  const metadata =
    governmentCode !== null && periodCode !== null && codes !== null && version === TEMPLATE_VERSION
      ? { governmentCode, periodCode, templateVersion: TEMPLATE_VERSION, indicatorCodes: codes === '' ? [] : codes.split(',') }
      : null;
  if (metadata === null || seal === null || seal !== templateSeal(metadata))
    throw notATemplate(`de gegevens op het verborgen blad ${METADATA_SHEET} werden gewijzigd of ontbreken; ${NEW_TEMPLATE}`);
  // A valid seal over a nonsensical code is a forgery; refuse it before any code reaches a query.
  if (
    !GOVERNMENT_CODE_PATTERN.test(metadata.governmentCode) ||
    !PERIOD_CODE_PATTERN.test(metadata.periodCode) ||
    metadata.indicatorCodes.length === 0 ||
    metadata.indicatorCodes.length > MAX_TEMPLATE_INDICATORS ||
    new Set(metadata.indicatorCodes).size !== metadata.indicatorCodes.length ||
    !metadata.indicatorCodes.every((code) => INDICATOR_CODE_PATTERN.test(code))
  )
    throw notATemplate(
      `het verborgen blad ${METADATA_SHEET} noemt geen geldig bestuur, geldige periode of geldige lijst van indicatoren; ${NEW_TEMPLATE}`,
    );
  return metadata;
};

/** The cells of one row of the data sheet that are read back. */
export interface DataRowCells {
  row: number;
  indicator: CellValue;
  achieved: CellValue;
  nil: CellValue;
  motivation: CellValue;
}

/** The report lines of a filled template, each with the row it came from (to name cells in later problems). */
export interface TemplateLines {
  lines: ReportLine[];
  rows: number[];
}

const isEmpty = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

const isCellError = (value: CellValue): value is { error: string } =>
  typeof value === 'object' && value !== null && !(value instanceof Date);

type Parsed<T> = { value: T } | { problem: string };

const NOT_WHOLE = 'geen geheel getal';

const wholeNumber = (value: CellValue): Parsed<number> => {
  if (isCellError(value)) return { problem: `${NOT_WHOLE} maar de foutwaarde ${value.error}` };
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) number = Number(value.trim());
  else return { problem: NOT_WHOLE };
  if (!Number.isInteger(number)) return { problem: NOT_WHOLE };
  if (number < 0) return { problem: 'negatief: het gerealiseerd totaal is 0 of meer' };
  if (number > MAX_ACHIEVED) return { problem: `te groot: hoogstens ${MAX_ACHIEVED}` };
  // -0 is 0.
  return { value: number + 0 };
};

const yesNo = (value: CellValue): Parsed<boolean> => {
  if (isEmpty(value)) return { value: false };
  if (typeof value === 'boolean') return { value };
  const answer = typeof value === 'string' ? value.trim().toLowerCase() : null;
  if (answer === NIL_YES.toLowerCase()) return { value: true };
  if (answer === NIL_NO.toLowerCase()) return { value: false };
  return { problem: `kies ${NIL_YES} of ${NIL_NO}` };
};

/** Unpaired UTF-16 surrogates or U+0000 cannot be stored (see the platform's input screening). */
const UNSTORABLE = /\p{Cs}/u;
const NUL = String.fromCharCode(0);

const motivationText = (value: CellValue): Parsed<string | undefined> => {
  if (isEmpty(value)) return { value: undefined };
  if (isCellError(value)) return { problem: `geen tekst maar de foutwaarde ${value.error}` };
  const motivation = (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)).trim();
  if (motivation.length > MAX_MOTIVATION_LENGTH)
    return { problem: `te lang: hoogstens ${MAX_MOTIVATION_LENGTH} tekens (nu ${motivation.length})` };
  if (UNSTORABLE.test(motivation) || motivation.includes(NUL)) return { problem: 'bevat tekens die niet bewaard kunnen worden' };
  return { value: motivation };
};

/**
 * The report lines of a filled template, or a 400 naming every cell that is wrong at once (`Rapportering!D7: geen
 * geheel getal`). Every indicator row needs a total (0 or more) or an explicit nil (Ja), which differs from 0;
 * rows must stay where the template put them, and no rows are added.
 */
export const readReportLines = (metadata: TemplateMetadata, dataRows: readonly DataRowCells[]): TemplateLines => {
  const byRow = new Map(dataRows.map((cells) => [cells.row, cells]));
  const problems: FieldProblem[] = [];
  const lines: ReportLine[] = [];
  const rows: number[] = [];
  metadata.indicatorCodes.forEach((indicatorCode, index) => {
    const row = FIRST_DATA_ROW + index;
    const cells = byRow.get(row) ?? { row, indicator: null, achieved: null, nil: null, motivation: null };
    const rowProblems: FieldProblem[] = [];
    const at = (column: string, problem: string): void => void rowProblems.push({ field: cellName(column, row), problem });
    if (text(cells.indicator) !== indicatorCode)
      at(COLUMNS.indicator, `de indicator werd gewijzigd of verplaatst: hier hoort ${indicatorCode}; ${NEW_TEMPLATE}`);
    const nil = yesNo(cells.nil);
    if ('problem' in nil) at(COLUMNS.nil, nil.problem);
    let achieved: number | null = null;
    if (isEmpty(cells.achieved)) {
      if ('value' in nil && !nil.value)
        at(COLUMNS.achieved, `leeg: vul het gerealiseerd totaal in (0 of meer), of kies ${NIL_YES} bij nihil in ${COLUMNS.nil}${row}`);
    } else {
      const parsed = wholeNumber(cells.achieved);
      if ('problem' in parsed) at(COLUMNS.achieved, parsed.problem);
      else achieved = parsed.value;
      if ('value' in nil && nil.value)
        at(
          COLUMNS.nil,
          `nihil (${NIL_YES}) en toch een waarde in ${COLUMNS.achieved}${row}: kies ${NIL_NO}, of maak ${COLUMNS.achieved}${row} leeg`,
        );
    }
    const motivation = motivationText(cells.motivation);
    if ('problem' in motivation) at(COLUMNS.motivation, motivation.problem);
    if (rowProblems.length > 0) return void problems.push(...rowProblems);
    const line: ReportLine = { indicatorCode, achieved };
    if ('value' in motivation && motivation.value !== undefined) line.motivation = motivation.value;
    lines.push(line);
    rows.push(row);
  });
  const lastRow = FIRST_DATA_ROW + metadata.indicatorCodes.length - 1;
  for (const cells of [...dataRows].filter((candidate) => candidate.row > lastRow).sort((a, b) => a.row - b.row)) {
    const filled = (
      [
        [COLUMNS.indicator, cells.indicator],
        [COLUMNS.achieved, cells.achieved],
        [COLUMNS.nil, cells.nil],
        [COLUMNS.motivation, cells.motivation],
      ] as const
    ).find(([, value]) => !isEmpty(value));
    if (filled)
      problems.push({
        field: cellName(filled[0], cells.row),
        problem: 'geen indicator van dit sjabloon op deze rij: voeg geen rijen toe (een indicator die ontbreekt, is niet goedgekeurd)',
      });
  }
  if (problems.length > 0) throw RuleViolation.of(problems);
  return { lines, rows };
};

// ---------------------------------------------------------------------------------------------
// Problems of the report rules, named by cell

const LINE_FIELD = /^results\[(\d+)\](?:\.(\w+))?$/;
const FIELD_FIRST = /^([\w.[\]]+): ([\s\S]*)$/;

const COLUMN_OF_FIELD: Record<string, string> = {
  achieved: COLUMNS.achieved,
  motivation: COLUMNS.motivation,
  indicatorCode: COLUMNS.indicator,
};

/**
 * The problems the report rules found in lines read from a template, with each field (`results[2].motivation`)
 * renamed to its cell (`Rapportering!F9`), so the government sees where to look. Rules that name no line keep
 * their field, prefixed with the sheet.
 */
export const problemsByCell = (violation: RuleViolation, rows: readonly number[]): FieldProblem[] => {
  const problems: readonly FieldProblem[] =
    violation.problems.length > 0
      ? violation.problems
      : [FIELD_FIRST.exec(violation.message)].map((match) =>
          match ? { field: match[1]!, problem: match[2]! } : { field: '', problem: violation.message },
        );
  return problems.map(({ field, problem }) => {
    const line = LINE_FIELD.exec(field);
    const row = line ? rows[Number(line[1])] : undefined;
    if (line && row !== undefined) return { field: cellName(COLUMN_OF_FIELD[line[2] ?? ''] ?? COLUMNS.achieved, row), problem };
    if (field === 'governmentCode') return { field: `${DATA_SHEET}!${GOVERNMENT_CELL}`, problem };
    if (field === 'periodCode') return { field: `${DATA_SHEET}!${PERIOD_CELL}`, problem };
    return { field: field === '' || field === 'results' ? DATA_SHEET : `${DATA_SHEET} (${field})`, problem };
  });
};
