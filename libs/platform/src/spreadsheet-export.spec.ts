import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { tableToCsv, tableToXlsx, type ExportTable } from './spreadsheet-export.js';

const table: ExportTable = {
  sheetName: 'Cijfers',
  title: 'test',
  columns: [
    { header: 'Naam', kind: 'text' },
    { header: 'Gepland', kind: 'integer' },
    { header: '% gerealiseerd', kind: 'percent' },
  ],
  rows: [
    ['Samenleven; "Gent"', 2000, 30.5],
    ['regel\nmet breuk', 0, null],
  ],
};

describe('the export writers', () => {
  it('write CSV as a Belgian spreadsheet reads it: BOM, ";", decimal comma, CRLF, RFC 4180 quotes, empty for none', () => {
    expect(tableToCsv(table).toString('utf8')).toBe(
      '\uFEFFNaam;Gepland;% gerealiseerd\r\n"Samenleven; ""Gent""";2000;30,5\r\n"regel\nmet breuk";0;\r\n',
    );
  });

  it('write xlsx with numbers as numbers, percentages as fractions formatted as percent, a bold frozen header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Cijfers')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Naam', 'Gepland', '% gerealiseerd']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['Samenleven; "Gent"', 2000, 0.305]);
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('0.0%');
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
