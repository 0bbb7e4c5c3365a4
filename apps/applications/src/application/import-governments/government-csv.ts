import { CsvError, parse } from 'csv-parse/sync';
import { RuleViolation } from '#domain';
import { headerProblems, IMPORT_COLUMNS, rowField, type ImportColumn, type ImportRecord } from '../../domain/government-import.js';

/** The delimiter of the import: what a Belgian (nl-BE) spreadsheet writes when it saves as CSV. */
export const CSV_DELIMITER = ';';

/**
 * Reads the import file (UTF-8, with or without byte order mark, `;` between cells, quotes as RFC 4180) into
 * records named by the header's columns. Each record's row is the line it starts on, the header being row 1;
 * blank lines are skipped. A file that is not CSV at all (a quote left open) or has a bad header is refused
 * whole, naming the line; everything about the rows is checked later, all rows at once.
 */
export const readGovernmentCsv = (text: string): ImportRecord[] => {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter: CSV_DELIMITER,
      bom: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw RuleViolation.of([
        { field: line === undefined ? 'file' : rowField(line), problem: `not a readable CSV file: ${error.message}` },
      ]);
    }
    throw error;
  }
  const rows: { row: number; values: string[] }[] = [];
  let previousEnd = 0;
  for (const { record, info } of parsed) {
    if (!(record.length === 1 && record[0] === '')) rows.push({ row: previousEnd + 1, values: record });
    previousEnd = info.lines;
  }
  const [header, ...body] = rows;
  if (header === undefined)
    throw RuleViolation.of([{ field: 'file', problem: `the file is empty: it needs a header (${IMPORT_COLUMNS.join(';')})` }]);
  const problems = headerProblems(header.values);
  if (header.row !== 1) problems.unshift({ field: rowField(1), problem: 'the header must be the first line' });
  if (body.length === 0) problems.push({ field: 'file', problem: 'the file has a header but no rows' });
  const width = header.values.length;
  for (const { row, values } of body)
    if (values.length !== width) problems.push({ field: rowField(row), problem: `has ${values.length} cells, the header ${width}` });
  if (problems.length > 0) throw RuleViolation.of(problems);
  const columns = header.values as ImportColumn[];
  return body.map(({ row, values }) => ({
    row,
    cells: Object.fromEntries(columns.map((column, index) => [column, values[index] ?? ''])),
  }));
};
