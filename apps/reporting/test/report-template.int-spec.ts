import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { reportSubmittedV2, targetsCommittedV3, TOPICS, type EventEnvelope, type ReportSubmittedV2 } from '#contracts';
import {
  committedTarget,
  eventually,
  queryDatabase,
  startServiceUnderTest,
  testEnvelope,
  testTargetsCommitted,
  type ServiceUnderTest,
} from '#testing';
import { reportingManifest } from '../src/reporting.manifest.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Problem {
  status: number;
  detail: string;
  problems?: { field: string; problem: string }[];
}

// The HTTP wiring of the Excel round trip: the binary download and upload, the access checks and the problem
// documents. The rules of each cell are the unit tier's (report-template.spec.ts), the builder the database tier's.
describe('the Excel template over HTTP, on the real broker and database', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<object>[];
  let gent: string;
  let antwerpen: string;

  const download = async (
    query: string,
    token: string,
  ): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> => {
    const response = await fetch(`${service.url}/reports/template?${query}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };

  const upload = async <T = Problem>(
    file: Buffer,
    token: string,
    { type = XLSX, query = '' } = {},
  ): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${service.url}/reports/upload${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: new Uint8Array(file),
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  const fill = async (template: Buffer, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(template).buffer);
    edit(workbook.getWorksheet('Rapportering')!);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };

  const storedReports = async (): Promise<number> =>
    Number((await queryDatabase<{ count: string }>(service.databaseUrl, 'SELECT count(*) AS count FROM report'))[0]!.count);

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: reportingManifest, label: 'reporting_excel' });
    announced = await service.tap<object>(TOPICS.reporting);
    gent = await service.issuer.token({ role: 'government', org: '44021', subject: 'gent-reporter' });
    antwerpen = await service.issuer.token({ role: 'government', org: '11002', subject: 'antwerpen-reporter' });
    const targets = testTargetsCommitted('44021', 1, [
      committedTarget('A05', { currentReach: 500, approvedAdditionalReach: 1500 }),
      committedTarget('A02', { currentReach: 0, approvedAdditionalReach: 1 }),
    ]);
    await service.publish(testEnvelope(targetsCommittedV3, '44021', targets));
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it('downloads a template, refuses an upload with errors naming every cell and storing nothing, then takes a good one', async () => {
    const template = await eventually(async () => {
      const response = await download('governmentCode=44021&periodCode=PJ1-INTERIM', gent);
      expect(response.status).toBe(200);
      return response;
    });
    expect(template.type).toBe(XLSX);
    expect(template.disposition).toBe('attachment; filename="rapportering-44021-PJ1-INTERIM.xlsx"');
    expect((await download('governmentCode=44021&periodCode=PJ1-INTERIM', antwerpen)).status).toBe(403);

    const wrong = await fill(template.body, (sheet) => {
      sheet.getCell('D7').value = 'een';
      sheet.getCell('D8').value = 12.5;
      sheet.getCell('E8').value = 'Ja';
      sheet.getCell('D10').value = 4;
    });
    const refused = await upload(wrong, gent);
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([
      { field: 'Rapportering!D7', problem: 'geen geheel getal' },
      { field: 'Rapportering!D8', problem: 'geen geheel getal' },
      { field: 'Rapportering!E8', problem: 'nihil (Ja) en toch een waarde in D8: kies Nee, of maak D8 leeg' },
      { field: 'Rapportering!D10', problem: expect.stringContaining('voeg geen rijen toe') },
    ]);
    expect(refused.body.detail).toContain('Rapportering!D7: geen geheel getal');

    const good = await fill(template.body, (sheet) => {
      sheet.getCell('D7').value = 0;
      sheet.getCell('D8').value = 600;
      sheet.getCell('F8').value = 'De oefenkansen startten pas in januari.';
    });
    // Another government's token, or the template asked for as another period: refused, whatever the cells say.
    const otherGovernment = await upload(good, antwerpen);
    expect([otherGovernment.status, otherGovernment.body.detail]).toEqual([
      403,
      'dit sjabloon is voor lokaal bestuur 44021; u rapporteert voor 11002',
    ]);
    const otherPeriod = await upload(good, gent, { query: '?periodCode=PJ1-ANNUAL' });
    expect([otherPeriod.status, otherPeriod.body.problems]).toEqual([
      400,
      [{ field: 'periodCode', problem: 'dit sjabloon is voor periode PJ1-INTERIM, niet voor PJ1-ANNUAL' }],
    ]);
    expect(await storedReports()).toBe(0);

    const accepted = await upload<{ reportId: string; version: number; periodCode: string }>(good, gent, {
      query: '?periodCode=PJ1-INTERIM',
    });
    expect(accepted).toMatchObject({ status: 201, body: { version: 1, periodCode: 'PJ1-INTERIM' } });
    expect(await storedReports()).toBe(1);
    const submitted = await eventually(() => {
      const event = announced.find((envelope): envelope is EventEnvelope<ReportSubmittedV2> => envelope.type === reportSubmittedV2.type);
      expect(event).toBeDefined();
      return event!;
    });
    expect(submitted.payload).toMatchObject({
      reportId: accepted.body.reportId,
      governmentCode: '44021',
      results: [
        { indicatorCode: 'A02', achieved: 0 },
        { indicatorCode: 'A05', achieved: 600, motivation: 'De oefenkansen startten pas in januari.' },
      ],
    });

    // The next download holds what was reported, ready for a correction.
    const next = new ExcelJS.Workbook();
    await next.xlsx.load(new Uint8Array((await download('governmentCode=44021&periodCode=PJ1-INTERIM', gent)).body).buffer);
    expect(next.getWorksheet('Rapportering')!.getCell('D8').value).toBe(600);
  });

  it('refuses a body that is no xlsx, is too large or is sent as another type, saying so and storing nothing', async () => {
    const before = await storedReports();
    const csv = await upload(Buffer.from('indicator;total\nA05;600\n'), gent);
    expect([csv.status, csv.body.detail]).toEqual([400, expect.stringContaining('geen Excel-werkmap (.xlsx)')]);
    const large = await upload(Buffer.alloc(2 * 1024 * 1024 + 1), gent);
    expect([large.status, large.body.detail]).toEqual([413, expect.stringContaining('groter dan 2 MB')]);
    const text = await upload(Buffer.from('hello'), gent, { type: 'text/plain' });
    expect([text.status, text.body.detail]).toEqual([415, `stuur het ingevulde sjabloon als body, met Content-Type: ${XLSX}`]);
    expect(await storedReports()).toBe(before);
  });
});
