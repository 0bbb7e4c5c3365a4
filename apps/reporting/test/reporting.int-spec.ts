import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  indicatorStatusChangedV2,
  networkMembersChangedV1,
  reportReviewedV2,
  reportSubmittedV1,
  reportSubmittedV2,
  targetsCommittedV2,
  targetsCommittedV3,
  TOPICS,
  type EventEnvelope,
  type IndicatorStatusChangedV2,
  type ReportReviewedV2,
  type CommittedTargetV3,
  type TargetsCommittedV3,
} from '#contracts';
import {
  committedTarget,
  decidedLine,
  eventually,
  queryDatabase,
  request,
  startServiceUnderTest,
  testEnvelope,
  testDecision,
  testReport,
  testReportV2,
  testTargetsCommitted,
  type ServiceUnderTest,
} from '#testing';
import { reportingManifest } from '../src/reporting.manifest.js';
import type { IndicatorFigure as Figure } from '../src/application/get-figures/get-figures.handler.js';
import type { IndicatorStatusView as StatusView } from '../src/application/get-statuses/get-statuses.handler.js';

/** A decision as applications announces it; reporting reads the targets, the prices are budgeting's. */
const decision = (governmentCode: string, projectYear: number, targets: CommittedTargetV3[]): EventEnvelope<TargetsCommittedV3> =>
  testEnvelope(targetsCommittedV3, governmentCode, testTargetsCommitted(governmentCode, projectYear, targets));

/** A report-submitted event as POST /reports announces it through reporting's own outbox. */
const report = (
  governmentCode: string,
  periodCode: string,
  reportVersion: number,
  results: Parameters<typeof testReportV2>[3],
): EventEnvelope<object> =>
  testEnvelope(reportSubmittedV2, governmentCode, testReportV2(governmentCode, periodCode, reportVersion, results));

/** A report submitted before v2: such events stay on the topic and count as before. */
const reportV1 = (
  governmentCode: string,
  periodCode: string,
  reportVersion: number,
  results: { indicatorCode: string; achieved: number }[],
) => testEnvelope(reportSubmittedV1, governmentCode, testReport(governmentCode, periodCode, reportVersion, results));

const figureOf = (figures: Figure[], indicatorCode: string): Figure | undefined =>
  figures.find((figure) => figure.indicatorCode === indicatorCode);

/** PJ1-INTERIM runs 1 October - 31 March of a year 1 October - 30 September, both ends inclusive: 182 of 365 days. */
const interimExpected = (target: number): number => Math.round(((target * 182) / 365) * 100) / 100;

describe('reporting on the real broker and database', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<object>[];
  let abb: string;
  let gent: string;
  let antwerpen: string;

  const statusChanges = (governmentCode: string): EventEnvelope<IndicatorStatusChangedV2>[] =>
    announced.filter(
      (event): event is EventEnvelope<IndicatorStatusChangedV2> =>
        event.type === indicatorStatusChangedV2.type && event.key === governmentCode,
    );

  const statuses = async (governmentCode: string, token: string): Promise<StatusView[]> => {
    const response = await service.get<StatusView[]>(`/statuses?governmentCode=${governmentCode}&projectYear=1`, token);
    expect(response.status).toBe(200);
    return response.body;
  };

  const figures = async (projectYear: number): Promise<Figure[]> => {
    const response = await service.get<Figure[]>(`/figures?projectYear=${projectYear}`, abb);
    expect(response.status).toBe(200);
    return response.body;
  };

  const countRows = async (table: 'report' | 'audit_log' | 'outbox'): Promise<number> =>
    Number((await queryDatabase<{ count: string }>(service.databaseUrl, `SELECT count(*) AS count FROM ${table}`))[0]!.count);

  beforeAll(async () => {
    // Programme time: a few days before the first interim report is due (15 April 2023).
    service = await startServiceUnderTest({
      manifest: reportingManifest,
      label: 'reporting',
      // The interim return's 14-day reminder is already due at that time: the deadline poller stays out of this suite (its
      // moments are deadlines.int-spec's), so the outbox counts below do not depend on when its first round comes.
      environment: { PROGRAMME_CLOCK_START: '2023-04-10T10:00:00Z', DEADLINE_POLL_MS: '3600000' },
    });
    announced = await service.tap<object>(TOPICS.reporting);
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021', subject: 'gent-reporter' });
    antwerpen = await service.issuer.token({ role: 'government', org: '11002', subject: 'antwerpen-reporter' });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it('plans the committed targets once, however often the decision arrives', async () => {
    const gentTargets = decision('44021', 1, [
      committedTarget('A05', { currentReach: 500, approvedAdditionalReach: 1500 }),
      committedTarget('A02', { currentReach: 0, approvedAdditionalReach: 1 }),
    ]);
    // The same event twice, then the same decision under a new event id (a replay from the log).
    const replayed = { ...gentTargets, eventId: randomUUID() };
    const antwerpenTargets = decision('11002', 1, [committedTarget('A05', { currentReach: 0, approvedAdditionalReach: 1000 })]);
    // Same key as Gent's decision, so same partition: once it shows, everything of Gent before it was handled.
    const sentinel = decision('44021', 2, [committedTarget('A05', { currentReach: 0, approvedAdditionalReach: 2500 })]);
    await service.publish(gentTargets, gentTargets, replayed, antwerpenTargets, sentinel);

    await eventually(async () => expect(figureOf(await figures(2), 'A05')).toMatchObject({ planned: 2500, governments: 1 }));
    await eventually(async () => expect(figureOf(await figures(1), 'A05')?.governments).toBe(2));
    expect(await figures(1)).toEqual([
      {
        projectYear: 1,
        level: 'indicator',
        governmentCode: null,
        indicatorCode: 'A02',
        unit: 'lokaal actieplan (opmaak en uitvoering)',
        actionNumber: 2,
        actionName: 'Lokaal actieplan polarisatie ontwikkelen en uitrollen',
        objectiveNumber: 1,
        objectiveName: 'Veiligheid en leefbaarheid',
        planned: 1,
        realised: 0,
        percentReached: 0,
        governments: 1,
        governmentsReported: 0,
        targets: 1,
        targetsReported: 0,
        targetsReached: 0,
        targetsReachedPercent: 0,
        updatedAt: expect.any(String),
      },
      {
        projectYear: 1,
        level: 'indicator',
        governmentCode: null,
        indicatorCode: 'A05',
        unit: 'volwassen anderstalige die deelneemt aan een oefenkans',
        actionNumber: 5,
        actionName: 'Oefenkansen Nederlands organiseren',
        objectiveNumber: 2,
        objectiveName: 'Nederlands',
        planned: 3000,
        realised: 0,
        percentReached: 0,
        governments: 2,
        governmentsReported: 0,
        targets: 2,
        targetsReported: 0,
        targetsReached: 0,
        targetsReachedPercent: 0,
        updatedAt: expect.any(String),
      },
    ]);
    expect(await statuses('44021', gent)).toEqual([]);
    expect(statusChanges('44021')).toEqual([]);
  });

  // The rules (a newer version replaces, a late older one is ignored) are the database tier's (reporting.db-spec.ts);
  // here: the same event delivered twice has one effect, and each change is announced on Kafka with its cause.
  it('applies each delivered report once and announces every status change, caused by its report', async () => {
    // Submitted before v2 (still on the topic): applied like any report.
    const first = reportV1('44021', 'PJ1-INTERIM', 1, [{ indicatorCode: 'A05', achieved: 600 }]);
    await service.publish(first, first);
    await eventually(async () => expect(await statuses('44021', gent)).toHaveLength(1));
    expect(figureOf(await figures(1), 'A05')).toMatchObject({ realised: 600, governmentsReported: 1 });

    const correction = report('44021', 'PJ1-INTERIM', 3, [{ indicatorCode: 'A05', achieved: 1500 }]);
    // The first version once more under a new event id, as a replay would: older than what counts.
    const replayedFirst = { ...first, eventId: randomUUID() };
    // Same key, so same partition: once A02 shows, everything before it was handled. A02 leaves A05 alone.
    const sentinel = report('44021', 'PJ1-INTERIM', 4, [
      { indicatorCode: 'A05', achieved: 1500 },
      { indicatorCode: 'A02', achieved: 0 },
    ]);
    await service.publish(correction, replayedFirst, correction, sentinel);

    await eventually(async () => expect((await statuses('44021', gent)).map((status) => status.indicatorCode)).toContain('A02'));
    expect(
      (await statuses('44021', gent)).map(({ indicatorCode, status, reportVersion }) => [indicatorCode, status, reportVersion]),
    ).toEqual([
      // 0 of 1 at the interim review: below 25% of the target, at risk until ABB accepts a motivation.
      ['A02', 'at-risk', 4],
      ['A05', 'on-track', 4],
    ]);
    expect(figureOf(await figures(1), 'A05')).toMatchObject({ planned: 3000, realised: 1500, governments: 2, governmentsReported: 1 });

    // The relay publishes in outbox order per key: once A02's change is announced, every earlier change of Gent is too.
    await eventually(() => expect(statusChanges('44021').map((event) => event.payload.indicatorCode)).toContain('A02'));
    expect(
      statusChanges('44021').map((event) => [event.payload.indicatorCode, event.payload.previousStatus, event.payload.status]),
    ).toEqual([
      ['A05', 'not-reported', 'lagging'],
      ['A05', 'lagging', 'on-track'],
      ['A02', 'not-reported', 'at-risk'],
    ]);
    expect(statusChanges('44021')[0]).toEqual({
      eventId: expect.any(String),
      type: indicatorStatusChangedV2.type,
      version: 2,
      occurredAt: expect.any(String),
      producer: 'reporting',
      correlationId: first.correlationId,
      causationId: first.eventId,
      key: '44021',
      payload: {
        governmentCode: '44021',
        projectYear: 1,
        periodCode: 'PJ1-INTERIM',
        indicatorCode: 'A05',
        previousStatus: 'not-reported',
        status: 'lagging',
        achieved: 600,
        target: 2000,
        expected: 997.26,
        tolerance: 0.8,
        cause: 'report',
        reportVersion: 1,
      },
    });
    expect(statusChanges('44021')[1]).toMatchObject({
      correlationId: correction.correlationId,
      causationId: correction.eventId,
      payload: { achieved: 1500, expected: 997.26 },
    });
    expect(await service.deadLetterCount('reporting')).toBe(0);
  });

  it('dead-letters a report on an indicator without a committed target and keeps applying what follows for that government', async () => {
    const unplanned = report('44021', 'PJ1-ANNUAL', 1, [{ indicatorCode: 'A07', achieved: 12 }]);
    const later = report('44021', 'PJ1-ANNUAL', 2, [{ indicatorCode: 'A05', achieved: 1800 }]);
    await service.publish(unplanned, later);

    await eventually(async () => expect((await statuses('44021', gent)).map((status) => status.periodCode)).toContain('PJ1-ANNUAL'));
    expect((await statuses('44021', gent)).filter((status) => status.periodCode === 'PJ1-ANNUAL')).toEqual([
      // The annual period covers the whole year: all of the target is expected by its end.
      // 90% of the target expected by year end: within the tolerance (80%).
      {
        indicatorCode: 'A05',
        periodCode: 'PJ1-ANNUAL',
        achieved: 1800,
        target: 2000,
        expected: 2000,
        status: 'on-track',
        reportVersion: 2,
        atRiskFlag: null,
      },
    ]);
    // Nothing of the refused report was counted: the latest A05 figure of Gent is now the annual one.
    expect(figureOf(await figures(1), 'A05')).toMatchObject({ realised: 1800, governmentsReported: 1 });
    await eventually(async () => expect(await service.deadLetterCount('reporting')).toBe(1));
  });

  it('refuses a report it cannot accept without leaving anything behind, and audits every accepted one', async () => {
    const before = { report: await countRows('report'), audit: await countRows('audit_log'), outbox: await countRows('outbox') };
    // The outbox so far holds the four status changes of Gent announced above, each check with its period summary.
    expect(before).toEqual({ report: 0, audit: 0, outbox: 8 });
    const reports = `${service.url}/reports`;

    const notApproved = await request<{ message: string }>('POST', reports, gent, {
      governmentCode: '44021',
      periodCode: 'PJ1-INTERIM',
      results: [{ indicatorCode: 'A07', achieved: 3 }],
    });
    expect(notApproved.status).toBe(400);
    expect(notApproved.body.message).toContain('A07 is geen goedgekeurde indicator van 44021 in projectjaar 1');
    const noTargets = await request<{ message: string }>('POST', reports, abb, {
      governmentCode: '71016',
      periodCode: 'PJ1-INTERIM',
      results: [{ indicatorCode: 'A05', achieved: 3 }],
    });
    expect(noTargets.status).toBe(409);
    expect(noTargets.body.message).toContain('71016 heeft geen goedgekeurde doelstellingen in projectjaar 1');
    const otherGovernment = await request<{ message: string }>('POST', reports, antwerpen, {
      governmentCode: '44021',
      periodCode: 'PJ1-INTERIM',
      results: [{ indicatorCode: 'A05', achieved: 3 }],
    });
    expect(otherGovernment.status).toBe(403);
    expect(otherGovernment.body.message).toContain('44021');
    expect({ report: await countRows('report'), audit: await countRows('audit_log'), outbox: await countRows('outbox') }).toEqual(before);

    // Accepted: stored, audited, announced through the outbox and applied by reporting's own consumer.
    const submitted = await request<{ reportId: string; version: number }>('POST', reports, antwerpen, {
      governmentCode: '11002',
      periodCode: 'PJ1-INTERIM',
      results: [{ indicatorCode: 'A05', achieved: 300, motivation: 'later gestart' }],
    });
    expect(submitted).toMatchObject({
      status: 201,
      body: {
        governmentCode: '11002',
        periodCode: 'PJ1-INTERIM',
        projectYear: 1,
        version: 1,
        due: '2023-04-15',
        late: false,
        warnings: [],
      },
    });
    const onBehalf = await request<{ reportId: string; version: number }>('POST', reports, abb, {
      governmentCode: '11002',
      periodCode: 'PJ1-INTERIM',
      results: [{ indicatorCode: 'A05', achieved: 520 }],
    });
    expect(onBehalf).toMatchObject({ status: 201, body: { version: 2 } });

    await eventually(async () =>
      expect(await statuses('11002', antwerpen)).toEqual([
        {
          indicatorCode: 'A05',
          periodCode: 'PJ1-INTERIM',
          achieved: 520,
          target: 1000,
          expected: interimExpected(1000),
          status: 'on-track',
          reportVersion: 2,
          atRiskFlag: null,
        },
      ]),
    );
    expect(figureOf(await figures(1), 'A05')).toMatchObject({ planned: 3000, realised: 1800 + 520, governmentsReported: 2 });
    // 300 (30% of the target: no flag) of an expected 498.63 is lagging; 520 is on track.
    await eventually(() =>
      expect(statusChanges('11002').map((event) => [event.payload.previousStatus, event.payload.status])).toEqual([
        ['not-reported', 'lagging'],
        ['lagging', 'on-track'],
      ]),
    );

    const audit = await queryDatabase<{
      action: string;
      object_type: string;
      object_id: string;
      actor_subject: string;
      actor_role: string;
      actor_organisation: string | null;
      before: unknown;
      after: { version: number; results: unknown };
    }>(
      service.databaseUrl,
      `SELECT action, object_type, object_id, actor_subject, actor_role, actor_organisation, before, after
       FROM audit_log ORDER BY occurred_at, id`,
    );
    expect(audit).toEqual([
      {
        action: 'submit-report',
        object_type: 'report',
        object_id: submitted.body.reportId,
        actor_subject: 'antwerpen-reporter',
        actor_role: 'government',
        actor_organisation: '11002',
        before: null,
        after: expect.objectContaining({ version: 1, results: [{ indicatorCode: 'A05', achieved: 300, motivation: 'later gestart' }] }),
      },
      expect.objectContaining({
        action: 'submit-report',
        object_type: 'report',
        object_id: onBehalf.body.reportId,
        actor_role: 'abb',
        after: expect.objectContaining({ version: 2 }),
      }),
    ]);
    expect(await countRows('report')).toBe(2);
  });

  it('turns a published targets-committed v3 into targets and expected returns, a later revision replacing it; v2 is ignored', async () => {
    const mechelen = await service.issuer.token({ role: 'government', org: '12025' });
    const applicationId = randomUUID();
    const first = testTargetsCommitted(
      '12025',
      1,
      [committedTarget('A05', { approvedAdditionalReach: 800 }), committedTarget('A02', { approvedAdditionalReach: 1 })],
      { applicationId },
    );
    const amended = testTargetsCommitted('12025', 1, [committedTarget('A05', { currentReach: 100, approvedAdditionalReach: 900 })], {
      applicationId,
      decisionId: first.decisionId,
      revision: 2,
    });
    // No longer published, and no longer read: a v2 event left on the topic changes nothing.
    const legacy = testEnvelope(
      targetsCommittedV2,
      '12025',
      testDecision('12025', 3, [decidedLine('A05', { currentReach: 0, approvedAdditionalReach: 10 })]),
    );
    // Same key, so same partition: once the sentinel's targets show, everything before it was handled.
    const sentinel = testTargetsCommitted('12025', 2, [committedTarget('A07', { approvedAdditionalReach: 5 })]);
    await service.publish(
      testEnvelope(targetsCommittedV3, '12025', first),
      legacy,
      testEnvelope(targetsCommittedV3, '12025', amended),
      testEnvelope(targetsCommittedV3, '12025', first),
      testEnvelope(targetsCommittedV3, '12025', sentinel),
    );

    await eventually(async () =>
      expect((await service.get<unknown[]>('/targets?governmentCode=12025&projectYear=2', abb)).body).toHaveLength(1),
    );
    const targets = await service.get<{ indicatorCode: string; target: number; revision: number }[]>(
      '/targets?governmentCode=12025&projectYear=1',
      mechelen,
    );
    expect(targets.status).toBe(200);
    expect(targets.body.map(({ indicatorCode, target, revision }) => [indicatorCode, target, revision])).toEqual([['A05', 1000, 2]]);
    expect((await service.get<unknown[]>('/targets?governmentCode=12025&projectYear=3', abb)).body).toEqual([]);

    const owed = await service.get<{ periodCode: string; due: string; coversTo: string }[]>(
      '/expected-returns?governmentCode=12025',
      mechelen,
    );
    expect(owed.status).toBe(200);
    expect(owed.body.map(({ periodCode, coversTo, due }) => [periodCode, coversTo, due])).toEqual([
      ['PJ1-INTERIM', '2023-03-31', '2023-04-15'],
      ['PJ1-ANNUAL', '2023-09-30', '2023-10-15'],
      ['PJ2-INTERIM', '2024-03-31', '2024-04-15'],
      ['PJ2-ANNUAL', '2024-09-30', '2024-10-15'],
    ]);
    const everyone = await service.get<{ governmentCode: string }[]>('/expected-returns?projectYear=1', abb);
    expect([...new Set(everyone.body.map((row) => row.governmentCode))]).toEqual(['11002', '12025', '44021']);

    // A government sees only its own: another's, or all of them, is refused.
    expect((await service.get('/expected-returns?governmentCode=12025', gent)).status).toBe(403);
    expect((await service.get('/targets?projectYear=1', mechelen)).status).toBe(403);
    expect((await service.get('/expected-returns?governmentCode=12025&projectYear=9', abb)).status).toBe(400);
    expect(await service.deadLetterCount('reporting')).toBe(1);
  });

  it('answers the figures of every level and exports them, a government seeing only its own', async () => {
    // Year 1 now: Gent A05 2000 (annual 1800 counts) and A02 1 (interim 0), Antwerpen A05 1000 (520), Mechelen A05 1000 (none).
    const year = await service.get<Figure[]>('/figures?projectYear=1&level=year', abb);
    expect(year.status).toBe(200);
    expect(year.body).toEqual([
      expect.objectContaining({ level: 'year', governmentCode: null, indicatorCode: null, planned: 4001, realised: 2320, governments: 3 }),
    ]);
    expect(year.body[0]).toMatchObject({ governmentsReported: 2, targets: 4, targetsReported: 3, targetsReached: 0, percentReached: 58 });
    const perGovernment = await service.get<Figure[]>('/figures?projectYear=1&level=government', abb);
    expect(perGovernment.body.map((row) => [row.governmentCode, row.planned, row.realised])).toEqual([
      ['11002', 1000, 520],
      ['12025', 1000, 0],
      ['44021', 2001, 1800],
    ]);
    const gentOwn = await service.get<Figure[]>('/figures?projectYear=1&level=action&governmentCode=44021', gent);
    expect(gentOwn.status).toBe(200);
    expect(gentOwn.body.map((row) => [row.governmentCode, row.actionNumber, row.planned, row.realised])).toEqual([
      ['44021', 2, 1, 0],
      ['44021', 5, 2000, 1800],
    ]);
    // The programme's figures and another government's are ABB's; a guessed code is refused too.
    expect((await service.get('/figures?projectYear=1', gent)).status).toBe(403);
    expect((await service.get('/figures?projectYear=1&governmentCode=11002', gent)).status).toBe(403);
    expect((await service.get('/figures/export?projectYear=1&level=year&format=csv', gent)).status).toBe(403);
    // The list of governments behind is ABB's alone: a government officer or a mentor is refused, bad filters named.
    const behind = await service.get<{ governmentCode: string; status: string; overdue: boolean }[]>('/statuses/behind?projectYear=1', abb);
    expect(behind.status).toBe(200);
    expect(behind.body.length).toBeGreaterThan(0);
    expect(behind.body.every((row) => ['lagging', 'at-risk', 'not-reported'].includes(row.status))).toBe(true);
    expect((await service.get('/statuses/behind?projectYear=1', gent)).status).toBe(403);
    const mentorToken = await service.issuer.token({ role: 'mentor', network: 'network-A02' });
    expect((await service.get('/statuses/behind?projectYear=1', mentorToken)).status).toBe(403);
    const badStatus = await service.get<{ problems: { field: string }[] }>('/statuses/behind?projectYear=1&status=late', abb);
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.problems.map((problem) => problem.field)).toEqual(['status']);
    const badLevel = await service.get<{ problems: { field: string }[] }>('/figures?projectYear=1&level=nation', abb);
    expect(badLevel.status).toBe(400);
    expect(badLevel.body.problems.map((problem) => problem.field)).toEqual(['level']);
    expect((await service.get('/figures/export?projectYear=1&format=pdf', abb)).status).toBe(400);

    const csv = await fetch(`${service.url}/figures/export?projectYear=1&level=year&format=csv`, {
      headers: { authorization: `Bearer ${abb}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="cijfers-pj1-year.csv"');
    expect((await csv.text()).split('\r\n').slice(1)).toEqual(['1;4001;2320;58;3;2;4;3;0;0', '']);

    const xlsx = await fetch(`${service.url}/figures/export?projectYear=1&level=indicator&governmentCode=44021&format=xlsx`, {
      headers: { authorization: `Bearer ${gent}` },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="cijfers-pj1-indicator-44021.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Cijfers')!;
    expect([2, 3].map((row) => (sheet.getRow(row).values as unknown[]).slice(1, 8))).toEqual([
      [1, '44021', 'A02', 'lokaal actieplan (opmaak en uitvoering)', 2, 1, 1],
      [1, '44021', 'A05', 'volwassen anderstalige die deelneemt aan een oefenkans', 5, 2, 2000],
    ]);
  });

  it('answers a request repeated under its Idempotency-Key with the same report, reviews, and lets ABB clear a flag', async () => {
    const reports = `${service.url}/reports`;
    const body = { governmentCode: '11002', periodCode: 'PJ1-INTERIM', results: [{ indicatorCode: 'A05', achieved: 610 }] };
    const key = { 'Idempotency-Key': randomUUID() };
    const first = await request<{ reportId: string; version: number }>('POST', reports, antwerpen, body, key);
    const again = await request<{ reportId: string; version: number; replayed: boolean }>('POST', reports, antwerpen, body, key);
    expect(first).toMatchObject({ status: 201, body: { version: 3, replayed: false } });
    expect(again).toMatchObject({ status: 200, body: { reportId: first.body.reportId, version: 3, replayed: true } });
    const reused = await request<{ message: string }>(
      'POST',
      reports,
      antwerpen,
      { ...body, results: [{ indicatorCode: 'A05', achieved: 611 }] },
      key,
    );
    expect(reused.status).toBe(409);
    expect(reused.body.message).toContain('was sent before with another request');

    // A government sees its own reports only: another's id is answered as if it did not exist.
    expect((await service.get(`/reports/${first.body.reportId}`, gent)).status).toBe(404);
    expect((await service.get(`/reports/${first.body.reportId}`, antwerpen)).status).toBe(200);
    expect((await service.get('/reports?governmentCode=11002', gent)).status).toBe(403);

    const review = (reportId: string, token: string, payload: object) =>
      request<{ message: string }>('POST', `${reports}/${reportId}/review`, token, payload);
    const changes = { outcome: 'changes-requested', comments: [{ indicatorCode: 'A05', comment: 'Graag per lessenreeks.' }] };
    expect((await review(first.body.reportId, antwerpen, changes)).status).toBe(403);
    expect((await review(first.body.reportId, abb, { outcome: 'changes-requested', comments: [] })).status).toBe(400);
    expect((await review(first.body.reportId, abb, changes)).status).toBe(201);
    const seen = await service.get<
      { reportId: string; version: number; latest: boolean; review: { outcome: string; comments: unknown[] } | null }[]
    >('/reports?governmentCode=11002&periodCode=PJ1-INTERIM', antwerpen);
    expect(
      seen.body.map(({ version, latest, review: given }) => [version, latest, given?.outcome ?? null, given?.comments ?? null]),
    ).toEqual([
      [1, false, null, null],
      [2, false, null, null],
      [3, true, 'changes-requested', [{ indicatorCode: 'A05', comment: 'Graag per lessenreeks.' }]],
    ]);
    // Version 1 was replaced by newer versions: it is not reviewed any more.
    expect((await review(seen.body[0]!.reportId, abb, { outcome: 'accepted', comments: [] })).status).toBe(409);
    await eventually(() =>
      expect(
        announced
          .filter((event): event is EventEnvelope<ReportReviewedV2> => event.type === reportReviewedV2.type && event.version === 2)
          .map((event) => [event.key, event.payload.reportVersion, event.payload.outcome]),
      ).toEqual([['11002', 3, 'changes-requested']]),
    );

    // Gent's A02 is at risk since its interim review; ABB accepts the motivation.
    const clear = `${service.url}/at-risk-flags/44021/1/A02/clear`;
    const accepted = { motivationAccepted: true, reason: 'Actieplan in opmaak; de motivatie is aanvaard.' };
    expect((await request('POST', clear, gent, accepted)).status).toBe(403);
    const cleared = await request<{ flag: { state: string }; changes: unknown[] }>('POST', clear, abb, accepted);
    expect(cleared).toMatchObject({
      status: 200,
      body: {
        flag: { state: 'cleared' },
        changes: [{ indicatorCode: 'A02', periodCode: 'PJ1-INTERIM', previousStatus: 'at-risk', status: 'lagging' }],
      },
    });
    expect((await request('POST', clear, abb, accepted)).status).toBe(409);
    expect((await statuses('44021', gent)).find((row) => row.indicatorCode === 'A02')).toMatchObject({
      status: 'lagging',
      atRiskFlag: { state: 'cleared', clearReason: accepted.reason },
    });
    await eventually(() =>
      expect(statusChanges('44021').at(-1)?.payload).toMatchObject({
        indicatorCode: 'A02',
        status: 'lagging',
        cause: 'motivation-accepted',
      }),
    );
  });

  it("lets a network's mentor read its members' figures on the network's action, once mentorships named them", async () => {
    const networkId = 'network-A05';
    const members = (memberCodes: string[], membershipVersion: number) =>
      testEnvelope(networkMembersChangedV1, networkId, {
        networkId,
        mentorGovernmentCode: '12025',
        actionNumber: 5,
        projectYear: 1,
        memberCodes,
        membershipVersion,
        changedAt: '2023-02-01T09:00:00.000Z',
      });
    const mentor = await service.issuer.token({ role: 'mentor', network: networkId });
    const otherMentor = await service.issuer.token({ role: 'mentor', network: 'network-A02' });
    const url = `/networks/${networkId}/figures`;
    expect((await service.get(url, mentor)).status).toBe(404);

    // Version 2 after version 3 (out of order) and version 3 twice: the list of version 3 holds.
    await service.publish(members(['11002', '44021'], 3), members(['44021'], 2), members(['11002', '44021'], 3));
    type Seen = {
      membershipVersion: number;
      members: { governmentCode: string; indicators: { target: number | null; realised: number | null }[] }[];
    };
    await eventually(async () => expect((await service.get<Seen>(url, mentor)).status).toBe(200));
    const seen = (await service.get<Seen>(url, mentor)).body;
    expect(seen.membershipVersion).toBe(3);
    expect(seen.members.map((member) => member.governmentCode)).toEqual(['11002', '44021']);
    // The same target and realised total ABB's figures show for each member.
    for (const member of seen.members) {
      const [own] = (
        await service.get<Figure[]>(`/figures?projectYear=1&level=indicator&governmentCode=${member.governmentCode}`, abb)
      ).body.filter((figure) => figure.indicatorCode === 'A05');
      expect(member.indicators).toEqual([expect.objectContaining({ indicatorCode: 'A05', target: own?.planned, realised: own?.realised })]);
    }
    expect((await service.get(url, abb)).status).toBe(200);
    expect((await service.get(url, otherMentor)).status).toBe(403);
    expect((await service.get(url, gent)).status).toBe(403);
    expect((await service.get('/networks/network-A02/figures', abb)).status).toBe(404);
  });
});
