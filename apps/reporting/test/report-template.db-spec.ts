import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { reportSubmittedV2, type ReportSubmittedV2 } from '#contracts';
import { NotFound, RuleViolation } from '#domain';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { GetReportTemplateHandler } from '../src/application/get-report-template/get-report-template.handler.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import { UploadReportHandler } from '../src/application/upload-report/upload-report.handler.js';
import { reportingManifest } from '../src/reporting.manifest.js';

const gentOfficer = { subject: 'gent-reporter', role: 'government', organisationCode: '44021' };

const load = async (content: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(content).buffer);
  return workbook;
};

/** The values of a row's cells A-H, as a government sees them. */
const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((column) => sheet.getCell(`${column}${row}`).value);

describe('the Excel template against stored targets and reports, on a real database', () => {
  let reporting: UseCasesUnderTest;
  let template: GetReportTemplateHandler;
  let upload: UploadReportHandler;

  const fill = async (content: Buffer, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> => {
    const workbook = await load(content);
    edit(workbook.getWorksheet('Rapportering')!);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const submitFile = async (file: Buffer) =>
    reporting.as(gentOfficer, async () => upload.execute({ template: await upload.open(file), submittedBy: 'gent-reporter' }));

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_template_db' });
    template = reporting.get(GetReportTemplateHandler);
    upload = reporting.get(UploadReportHandler);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query(
      'TRUNCATE government_figure, government_total, programme_total, ' +
        'committed_target, target_commitment, expected_return, indicator_result, indicator_total, report, outbox, audit_log',
    );
    await reporting
      .get(RecordTargetsHandler)
      .execute(
        testTargetsCommitted('44021', 1, [
          committedTarget('A05', { currentReach: 500, approvedAdditionalReach: 1500 }),
          committedTarget('A02', { currentReach: 0, approvedAdditionalReach: 1 }),
        ]),
      );
    // Another government's targets and another year's stay out of Gent's template.
    await reporting
      .get(RecordTargetsHandler)
      .execute(testTargetsCommitted('11002', 1, [committedTarget('A07', { approvedAdditionalReach: 30 })]));
    await reporting
      .get(RecordTargetsHandler)
      .execute(testTargetsCommitted('44021', 2, [committedTarget('A09-NIEUWKOMERS', { approvedAdditionalReach: 30 })]));
  });

  it("prefills a government's approved indicators with unit, target and expected by the period end, locked, inputs validated", async () => {
    const file = await template.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' });
    expect(file.fileName).toBe('rapportering-44021-PJ1-INTERIM.xlsx');
    const workbook = await load(file.content);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Rapportering', 'visible'],
      ['Instructies', 'visible'],
      ['Sjabloon', 'veryHidden'],
    ]);
    const sheet = workbook.getWorksheet('Rapportering')!;
    expect([sheet.getCell('B2').value, sheet.getCell('B3').value]).toEqual(['44021', 'PJ1-INTERIM']);
    expect(sheet.getCell('B4').value).toBe('nog geen rapportering voor deze periode');
    // Action 2 before action 5; 182 of 365 days of the year have passed on 31 March; target = current + additional reach.
    expect(rowValues(sheet, 7)).toEqual(['A02', 'lokaal actieplan (opmaak en uitvoering)', 1, null, 'Nee', null, 0.5, null]);
    expect(rowValues(sheet, 8)).toEqual([
      'A05',
      'volwassen anderstalige die deelneemt aan een oefenkans',
      2000,
      null,
      'Nee',
      null,
      997.26,
      null,
    ]);
    expect(rowValues(sheet, 9)).toEqual([null, null, null, null, null, null, null, null]);
    expect(sheet.getCell('D8').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100_000_000] });
    expect(sheet.getCell('E8').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ja,Nee"'] });
    expect(['A8', 'C8', 'G8', 'D8', 'E8', 'F8'].map((cell) => sheet.getCell(cell).protection?.locked ?? true)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    // exceljs reads the protection back but leaves it out of its typings.
    expect((sheet as unknown as { sheetProtection?: object }).sheetProtection).toMatchObject({ sheet: true });
    const instructions = workbook.getWorksheet('Instructies')!;
    const text = instructions.getColumn(1).values.join('\n');
    expect(text).toContain('bestuur 44021 en rapporteringsperiode PJ1-INTERIM');
    expect(text).toContain('uiterlijk 15 april 2023');
    expect(text).toContain('Nihil is iets anders dan 0');
  });

  it('prefills the inputs with the latest version for the period, a nil return as Ja', async () => {
    const submit = reporting.get(SubmitReportHandler);
    for (const results of [
      [{ indicatorCode: 'A05', achieved: 100 }],
      [
        { indicatorCode: 'A05', achieved: 600, motivation: 'later gestart' },
        { indicatorCode: 'A02', achieved: null },
      ],
    ])
      await reporting.as(gentOfficer, () =>
        submit.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM', results, submittedBy: 'gent-reporter' }),
      );
    const sheet = (await load((await template.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' })).content)).getWorksheet(
      'Rapportering',
    )!;
    expect(sheet.getCell('B4').value).toBe('uw laatste rapportering voor deze periode (versie 2)');
    expect(rowValues(sheet, 7)).toEqual(['A02', expect.any(String), 1, null, 'Ja', null, 0.5, 'nihil']);
    expect(rowValues(sheet, 8)).toEqual(['A05', expect.any(String), 2000, 600, 'Nee', 'later gestart', 997.26, 600]);
    // The annual period of the same year has its own reports: none yet.
    const annual = (await load((await template.execute({ governmentCode: '44021', periodCode: 'PJ1-ANNUAL' })).content)).getWorksheet(
      'Rapportering',
    )!;
    expect(rowValues(annual, 8)).toEqual(['A05', expect.any(String), 2000, null, 'Nee', null, 2000, null]);
  });

  it('refuses a template for a period that does not exist or a government without targets that year', async () => {
    await expect(template.execute({ governmentCode: '44021', periodCode: 'PJ9-INTERIM' })).rejects.toThrow(RuleViolation);
    await expect(template.execute({ governmentCode: '44021', periodCode: 'PJ3-ANNUAL' })).rejects.toThrow(NotFound);
  });

  it('submits a filled template as the next version, and refuses one with errors naming every cell, storing nothing', async () => {
    const blank = (await template.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' })).content;
    const wrong = await fill(blank, (sheet) => {
      sheet.getCell('D7').value = 2.5;
      sheet.getCell('D8').value = -4;
      sheet.getCell('E8').value = 'Misschien';
    });
    await expect(submitFile(wrong)).rejects.toMatchObject({
      status: 400,
      problems: [
        { field: 'Rapportering!D7', problem: 'geen geheel getal' },
        { field: 'Rapportering!E8', problem: 'kies Ja of Nee' },
        { field: 'Rapportering!D8', problem: 'negatief: het gerealiseerd totaal is 0 of meer' },
      ],
    });
    expect([await reporting.count('report'), await reporting.count('outbox'), await reporting.count('audit_log')]).toEqual([0, 0, 0]);

    const good = await fill(blank, (sheet) => {
      sheet.getCell('E7').value = 'Ja';
      sheet.getCell('D8').value = 600;
      sheet.getCell('F8').value = 'De oefenkansen startten pas in januari.';
    });
    expect(await submitFile(good)).toMatchObject({ governmentCode: '44021', periodCode: 'PJ1-INTERIM', projectYear: 1, version: 1 });
    const [announced] = await reporting.outbox<ReportSubmittedV2>(reportSubmittedV2.type);
    expect(announced!.payload.results).toEqual([
      { indicatorCode: 'A02', achieved: null, motivation: null },
      { indicatorCode: 'A05', achieved: 600, motivation: 'De oefenkansen startten pas in januari.' },
    ]);
    const [row] = await reporting.query<{ submitted_by: string }>('SELECT submitted_by FROM report');
    expect(row!.submitted_by).toBe('gent-reporter');
  });

  it('names the cell of a line the report rules refuse: a template made before an amendment dropped an indicator', async () => {
    const before = (await template.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' })).content;
    // The amendment: the same application now commits A05 only.
    await reporting.query("DELETE FROM committed_target WHERE government_code = '44021' AND indicator_code = 'A02'");
    const filled = await fill(before, (sheet) => {
      sheet.getCell('D7').value = 1;
      sheet.getCell('D8').value = 600;
    });
    await expect(submitFile(filled)).rejects.toMatchObject({
      status: 400,
      problems: [{ field: 'Rapportering!A7', problem: expect.stringContaining('A02 is geen goedgekeurde indicator van 44021') }],
    });
    expect(await reporting.count('report')).toBe(0);
  });

  it('refuses a workbook that is no template of the programme, or whose hidden sheet was edited', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Rapportering').getCell('A7').value = 'A05';
    await expect(upload.open(Buffer.from(await plain.xlsx.writeBuffer()))).rejects.toMatchObject({
      problems: [{ field: 'body', problem: expect.stringContaining('het verborgen blad Sjabloon ontbreekt') }],
    });
    const workbook = await load((await template.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' })).content);
    workbook.getWorksheet('Sjabloon')!.getCell('B1').value = '11002';
    await expect(upload.open(Buffer.from(await workbook.xlsx.writeBuffer()))).rejects.toMatchObject({
      problems: [{ field: 'body', problem: expect.stringContaining('werden gewijzigd') }],
    });
    await expect(upload.open(Buffer.from('governmentCode;periodCode\n44021;PJ1-INTERIM\n'))).rejects.toMatchObject({
      problems: [{ field: 'body', problem: expect.stringContaining('geen Excel-werkmap (.xlsx)') }],
    });
  });
});
