import ExcelJS from 'exceljs';

/** A table to export: typed columns (so a spreadsheet gets numbers, not text) and rows of cells. */
export interface ExportTable {
  sheetName: string;
  title: string;
  columns: readonly { header: string; kind: 'text' | 'integer' | 'percent' }[];
  rows: readonly (readonly (string | number | null)[])[];
}

const CSV_SEPARATOR = ';';

const csvCell = (value: string | number | null, kind: 'text' | 'integer' | 'percent'): string => {
  if (value === null) return '';
  // A Belgian spreadsheet reads `;` between cells and a decimal comma.
  const text = kind === 'percent' && typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** CSV as a Belgian spreadsheet opens it: UTF-8 with byte order mark, `;` between cells, CRLF, quoted as RFC 4180. */
export const tableToCsv = (table: ExportTable): Buffer => {
  const lines = [
    table.columns.map((column) => csvCell(column.header, 'text')).join(CSV_SEPARATOR),
    ...table.rows.map((row) => row.map((cell, index) => csvCell(cell, table.columns[index]!.kind)).join(CSV_SEPARATOR)),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
};

/** An xlsx workbook with one sheet: a bold header row, frozen, whole numbers and percentages as numbers. */
export const tableToXlsx = async (table: ExportTable): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plan Samenleven';
  workbook.title = table.title;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.max(12, Math.min(50, column.header.length + 2)),
    style: column.kind === 'integer' ? { numFmt: '#,##0' } : column.kind === 'percent' ? { numFmt: '0.0%' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows)
    sheet.addRow(row.map((cell, index) => (table.columns[index]!.kind === 'percent' && typeof cell === 'number' ? cell / 100 : cell)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
