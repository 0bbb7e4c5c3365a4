import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { TOPICS, type EventEnvelope } from '#contracts';
import { awardThroughCall, eventually, prepareGovernment, request } from '#testing';
import { readMailFolder } from './support/mail-folder.js';
import { startPlatformUnderTest, type PlatformUnderTest } from './support/platform-under-test.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Figure {
  level: string;
  indicatorCode: string | null;
  governmentCode: string | null;
  planned: number;
  realised: number;
  governments: number;
  governmentsReported: number;
}

/**
 * The reporting cycle through the real broker, all five services and the SMTP sink: decided applications become
 * expected returns; ABB moves the programme clock and the non-reporters are reminded; Gent reports with the Excel
 * template (a file with errors first, then a good one), corrects it once (and sends the correction twice); the figures
 * add up at every level; the lagging and at-risk statuses give exactly one e-mail; past the due date only Antwerpen,
 * which did not report, is overdue.
 */
describe('the reporting cycle, end to end', () => {
  let platform: PlatformUnderTest;
  let abb: string;
  let gent: string;
  let antwerpen: string;
  let reportingEvents: EventEnvelope<Record<string, unknown>>[];

  /** ABB moves the programme clock; every service follows it through its own database within about a second. */
  const moveClock = async (to: string): Promise<void> => {
    const moved = await request('POST', `${platform.urls.applications}/programme-clock`, abb, { to });
    expect(moved.status).toBe(200);
  };
  const eventsOf = (type: string) => reportingEvents.filter((event) => event.type === type);
  const isAward = (mail: { subject: string }) => /uw subsidie voor projectjaar 1 is toegekend/.test(mail.subject);
  /** The reporting cycle's mail to a government: all but its award, which came before the cycle. */
  const mailTo = async (address: string) =>
    (await readMailFolder(platform.mailDir)).filter((mail) => mail.to === address && !isAward(mail));

  beforeAll(async () => {
    platform = await startPlatformUnderTest('cycle');
    abb = await platform.issuer.token({ role: 'abb' });
    gent = await platform.issuer.token({ role: 'government', org: '44021' });
    antwerpen = await platform.issuer.token({ role: 'government', org: '11002' });
    reportingEvents = await platform.tap<Record<string, unknown>>(TOPICS.reporting);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('turns two decided applications into targets and expected returns', async () => {
    await prepareGovernment(platform.urls, abb, '44021', { nonEuOriginInhabitants: 60_000, contactEmail: 'samenleven@gent.example' });
    await prepareGovernment(platform.urls, abb, '11002', {
      nonEuOriginInhabitants: 150_000,
      contactEmail: 'samenleven@antwerpen.example',
    });
    platform.setProgrammeClock(new Date('2022-06-15T09:00:00Z'));
    await awardThroughCall(platform.urls, abb, { projectYear: 1, opensAt: '2022-06-01T00:00:00Z', closesAt: '2022-07-15T22:00:00Z' }, [
      {
        governmentCode: '44021',
        token: gent,
        lines: [
          { indicatorCode: 'A05', currentReach: 500, additionalReach: 1500, priority: 1 },
          { indicatorCode: 'A02', currentReach: 0, additionalReach: 1, priority: 2 },
        ],
      },
      {
        governmentCode: '11002',
        token: antwerpen,
        lines: [{ indicatorCode: 'A05', currentReach: 1000, additionalReach: 1000, priority: 1 }],
      },
    ]);
    await eventually(async () => {
      for (const code of ['44021', '11002']) {
        const returns = await request<{ periodCode: string; due: string }[]>(
          'GET',
          `${platform.urls.reporting}/expected-returns?governmentCode=${code}&projectYear=1`,
          abb,
        );
        expect(returns.body.map((expected) => [expected.periodCode, expected.due])).toEqual([
          ['PJ1-INTERIM', '2023-04-15'],
          ['PJ1-ANNUAL', '2023-10-15'],
        ]);
      }
    });
    // Each hears of its award once before the cycle begins.
    await eventually(async () =>
      expect(
        (await readMailFolder(platform.mailDir))
          .filter(isAward)
          .map((mail) => mail.to)
          .sort(),
      ).toEqual(['samenleven@antwerpen.example', 'samenleven@gent.example']),
    );
  });

  it('reminds both governments 14 days before the interim due date once ABB moves the clock', async () => {
    await moveClock('2023-04-02T08:00:00.000Z');
    await eventually(() =>
      expect(
        eventsOf('reporting.report-reminder-due')
          .map((event) => `${String(event.payload.governmentCode)}/${String(event.payload.daysBefore)}`)
          .sort(),
      ).toEqual(['11002/14', '44021/14']),
    );
    await eventually(async () => {
      expect(await mailTo('samenleven@gent.example')).toHaveLength(1);
      expect(await mailTo('samenleven@antwerpen.example')).toHaveLength(1);
    });
  });

  it('takes the Excel template back: every wrong cell named and nothing stored, then the good file', async () => {
    const downloaded = await fetch(`${platform.urls.reporting}/reports/template?governmentCode=44021&periodCode=PJ1-INTERIM`, {
      headers: { authorization: `Bearer ${gent}` },
    });
    expect(downloaded.status).toBe(200);
    const template = Buffer.from(await downloaded.arrayBuffer());
    const fill = async (values: Record<string, ExcelJS.CellValue>): Promise<Buffer> => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(template).buffer);
      const sheet = workbook.getWorksheet('Rapportering')!;
      for (const [cell, value] of Object.entries(values)) sheet.getCell(cell).value = value;
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const upload = (file: Buffer) =>
      fetch(`${platform.urls.reporting}/reports/upload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${gent}`, 'content-type': XLSX },
        body: new Uint8Array(file),
      });
    // Rows by action: A02 (action 2) on row 7, A05 on row 8.
    const wrong = await upload(await fill({ D7: 'een', D8: -5 }));
    expect(wrong.status).toBe(400);
    const problems = ((await wrong.json()) as { problems: { field: string }[] }).problems.map((problem) => problem.field);
    expect(problems).toEqual(expect.arrayContaining(['Rapportering!D7', 'Rapportering!D8']));
    const none = await request<unknown[]>('GET', `${platform.urls.reporting}/reports?governmentCode=44021&periodCode=PJ1-INTERIM`, gent);
    expect(none.body).toEqual([]);

    // A deliberate nil for the action plan, 600 of 2,000 for A05.
    const good = await upload(await fill({ E7: 'Ja', D8: 600 }));
    expect(good.status).toBe(201);
    expect(await good.json()).toMatchObject({ version: 1, late: false });
  });

  it('counts a correction once, also when it is sent twice, and the figures add up at every level', async () => {
    const correction = {
      governmentCode: '44021',
      periodCode: 'PJ1-INTERIM',
      results: [
        { indicatorCode: 'A02', achieved: null },
        { indicatorCode: 'A05', achieved: 700 },
      ],
    };
    const key = { 'Idempotency-Key': randomUUID() };
    const first = await request<{ reportId: string; version: number }>('POST', `${platform.urls.reporting}/reports`, gent, correction, key);
    const again = await request<{ reportId: string; version: number }>('POST', `${platform.urls.reporting}/reports`, gent, correction, key);
    expect(first).toMatchObject({ status: 201, body: { version: 2 } });
    expect(again).toMatchObject({ status: 200, body: { reportId: first.body.reportId, version: 2 } });

    await eventually(async () => {
      const perIndicator = await request<Figure[]>('GET', `${platform.urls.reporting}/figures?projectYear=1&level=indicator`, abb);
      // 700 replaces 600: never 1,300; Antwerpen has not reported.
      expect(perIndicator.body.find((figure) => figure.indicatorCode === 'A05')).toMatchObject({
        planned: 2000 + 2000,
        realised: 700,
        governments: 2,
        governmentsReported: 1,
      });
    });
    const perGovernment = await request<Figure[]>('GET', `${platform.urls.reporting}/figures?projectYear=1&level=government`, abb);
    const year = await request<Figure[]>('GET', `${platform.urls.reporting}/figures?projectYear=1&level=year`, abb);
    const sum = (figures: Figure[], field: 'planned' | 'realised') => figures.reduce((total, figure) => total + figure[field], 0);
    expect(perGovernment.body.map((figure) => [figure.governmentCode, figure.planned, figure.realised])).toEqual([
      ['11002', 2000, 0],
      ['44021', 2001, 700],
    ]);
    expect(year.body).toEqual([expect.objectContaining({ planned: sum(perGovernment.body, 'planned'), realised: 700 })]);
  });

  it('gives Gent exactly one e-mail for its lagging and at-risk indicators, however often it corrects', async () => {
    await eventually(async () => {
      const statuses = await request<{ indicatorCode: string; status: string }[]>(
        'GET',
        `${platform.urls.reporting}/statuses?governmentCode=44021&projectYear=1`,
        gent,
      );
      expect(statuses.body.map((row) => [row.indicatorCode, row.status])).toEqual([
        ['A02', 'at-risk'],
        ['A05', 'lagging'],
      ]);
    });
    await eventually(async () => {
      const signals = (await mailTo('samenleven@gent.example')).filter((mail) => !/wordt binnen \d+ dagen verwacht/.test(mail.subject));
      expect(signals).toHaveLength(1);
      expect(signals[0]!.text).toContain('A02');
      expect(signals[0]!.text).toContain('A05');
    });
    expect(eventsOf('reporting.period-status-summarised').length).toBeGreaterThanOrEqual(1);
  });

  it('past the due date: only Antwerpen, which did not report, is overdue, and the 3-day reminder it jumped over is not sent', async () => {
    await moveClock('2023-04-16T08:00:00.000Z');
    await eventually(() =>
      expect(eventsOf('reporting.return-overdue').map((event) => [event.payload.governmentCode, event.payload.periodCode])).toEqual([
        ['11002', 'PJ1-INTERIM'],
      ]),
    );
    expect(eventsOf('reporting.report-reminder-due').filter((event) => event.payload.daysBefore === 3)).toEqual([]);
    await eventually(async () => expect(await mailTo('samenleven@antwerpen.example')).toHaveLength(2));
    // Gent reported: its reminder and its one signal, nothing more.
    expect(await mailTo('samenleven@gent.example')).toHaveLength(2);
    await eventually(async () => {
      const statuses = await request<{ indicatorCode: string; periodCode: string; status: string }[]>(
        'GET',
        `${platform.urls.reporting}/statuses?governmentCode=11002&projectYear=1`,
        antwerpen,
      );
      expect(statuses.body.filter((row) => row.periodCode === 'PJ1-INTERIM').map((row) => [row.indicatorCode, row.status])).toEqual([
        ['A05', 'not-reported'],
      ]);
    });
  });
});
