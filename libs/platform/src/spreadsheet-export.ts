import ExcelJS from 'exceljs';

/** A table to export: typed columns (so a spreadsheet gets numbers, not text) and rows of cells. */
export interface ExportTable {
  sheetName: string;
  title: string;
  columns: readonly { header: string; kind: ColumnKind }[];
  /** Euro columns hold cents. */
  rows: readonly (readonly (string | number | null)[])[];
}

/** Percent columns hold percentages (12.5), euro columns cents; both are shown as what they are. */
export type ColumnKind = 'text' | 'integer' | 'percent' | 'euro';

const NUMBER_FORMATS: Record<ColumnKind, { numFmt?: string }> = {
  text: {},
  integer: { numFmt: '#,##0' },
  percent: { numFmt: '0.0%' },
  euro: { numFmt: '#,##0.00' },
};

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
export type ExportFormat = keyof typeof CONTENT_TYPES;

const CSV_SEPARATOR = ';';

/** Cents as euros with a decimal comma and no grouping, exactly: 338956600 -> '3389566,00'. */
export const centsForCsv = (cents: number): string =>
  `${cents < 0 ? '-' : ''}${Math.trunc(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;

const csvCell = (value: string | number | null, kind: ColumnKind): string => {
  if (value === null) return '';
  // A Belgian spreadsheet reads `;` between cells and a decimal comma.
  const text =
    typeof value !== 'number'
      ? String(value)
      : kind === 'euro'
        ? centsForCsv(value)
        : kind === 'percent'
          ? String(value).replace('.', ',')
          : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** CSV as a Belgian spreadsheet opens it: UTF-8 with byte order mark, `;` between cells, decimal comma, CRLF. */
export const tableToCsv = (table: ExportTable): Buffer => {
  const lines = [
    table.columns.map((column) => csvCell(column.header, 'text')).join(CSV_SEPARATOR),
    ...table.rows.map((row) => row.map((cell, index) => csvCell(cell, table.columns[index]!.kind)).join(CSV_SEPARATOR)),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
};

/** An xlsx workbook with one sheet: a bold, frozen header row; whole numbers, percentages and euro amounts as numbers. */
export const tableToXlsx = async (table: ExportTable): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plan Samenleven';
  workbook.title = table.title;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.max(12, Math.min(50, column.header.length + 2)),
    style: NUMBER_FORMATS[column.kind],
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows)
    sheet.addRow(
      row.map((cell, index) =>
        table.columns[index]!.kind !== 'text' && table.columns[index]!.kind !== 'integer' && typeof cell === 'number' ? cell / 100 : cell,
      ),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
