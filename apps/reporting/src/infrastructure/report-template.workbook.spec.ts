import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { describeTemplate, readReportLines, readTemplateMetadata } from '../domain/report-template.js';
import { plainCellValue, ReportTemplateWorkbook } from './report-template.workbook.js';

const template = describeTemplate({
  governmentCode: '44021',
  period: {
    code: 'PJ1-ANNUAL',
    projectYear: 1,
    covers: ['2022-10-01', '2023-09-30'],
    due: '2023-10-15',
    yearStart: '2022-10-01',
    yearEnd: '2023-09-30',
  },
  targets: [
    { indicatorCode: 'A05', unit: 'volwassen anderstalige', actionNumber: 5, target: 2000 },
    { indicatorCode: 'A02', unit: 'lokaal actieplan', actionNumber: 2, target: 1 },
  ],
  previous: null,
});

describe('ReportTemplateWorkbook', () => {
  const workbook = new ReportTemplateWorkbook();

  it('reads back the metadata it wrote, and the cells as a spreadsheet program leaves them: formulas, rich text, links', async () => {
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(new Uint8Array(await workbook.write(template)).buffer);
    const sheet = written.getWorksheet('Rapportering')!;
    sheet.getCell('D7').value = { formula: '2-1', result: 1 };
    sheet.getCell('D8').value = { formula: 'SUM(300,300)', result: 600 };
    sheet.getCell('F8').value = { richText: [{ text: 'later ' }, { text: 'gestart', font: { bold: true } }] };
    sheet.getCell('F7').value = { text: 'zie verslag', hyperlink: 'https://gent.example/verslag' };
    const cells = await workbook.read(Buffer.from(await written.xlsx.writeBuffer()));
    const metadata = readTemplateMetadata(cells.metadata, cells.hasDataSheet);
    expect(metadata).toEqual({ governmentCode: '44021', periodCode: 'PJ1-ANNUAL', templateVersion: 1, indicatorCodes: ['A02', 'A05'] });
    expect(readReportLines(metadata, cells.dataRows).lines).toEqual([
      { indicatorCode: 'A02', achieved: 1, motivation: 'zie verslag' },
      { indicatorCode: 'A05', achieved: 600, motivation: 'later gestart' },
    ]);
  });

  it('takes a formula without a cached result as empty, and an error value as such', () => {
    expect(plainCellValue({ formula: 'A1+1' } as ExcelJS.CellFormulaValue)).toBeNull();
    expect(plainCellValue({ error: '#N/A' } as ExcelJS.CellErrorValue)).toEqual({ error: '#N/A' });
    expect(plainCellValue(undefined)).toBeNull();
  });
});
