import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { GetFiguresHandler } from '../src/application/get-figures/get-figures.handler.js';
import { ListExpectedReturnsHandler } from '../src/application/list-expected-returns/list-expected-returns.handler.js';
import { ListTargetsHandler } from '../src/application/list-targets/list-targets.handler.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import { reportingManifest } from '../src/reporting.manifest.js';

describe('committed targets and expected returns from targets-committed v3, on a real database', () => {
  let reporting: UseCasesUnderTest;
  let recordTargets: RecordTargetsHandler;
  const targets = (governmentCode?: string, projectYear?: number) =>
    reporting.get(ListTargetsHandler).execute({ governmentCode, projectYear });
  const expectedReturns = (governmentCode?: string, projectYear?: number) =>
    reporting.get(ListExpectedReturnsHandler).execute({ governmentCode, projectYear });
  const planned = async (projectYear: number, indicatorCode: string) =>
    (await reporting.get(GetFiguresHandler).execute({ projectYear })).find((figure) => figure.indicatorCode === indicatorCode);

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_targets_db' });
    recordTargets = reporting.get(RecordTargetsHandler);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query(
      'TRUNCATE committed_target, target_commitment, expected_return, indicator_result, indicator_total, ' +
        'government_figure, government_total, programme_total, report, outbox, audit_log',
    );
  });

  it("records the government's targets and the returns it owes for the project year, once however often it arrives", async () => {
    const applicationId = randomUUID();
    const decided = testTargetsCommitted(
      '44021',
      1,
      [
        committedTarget('A05', { currentReach: 500, approvedAdditionalReach: 1500 }),
        committedTarget('A02', { approvedAdditionalReach: 1 }),
      ],
      { applicationId, catalogueVersion: 'sha256-aaaaaaaaaaaa' },
    );
    expect(await recordTargets.execute(decided)).toBe('recorded');
    expect(await recordTargets.execute(decided)).toBe('ignored');

    const version = { applicationId, revision: 1, catalogueVersion: 'sha256-aaaaaaaaaaaa' };
    expect(await targets('44021', 1)).toEqual([
      { governmentCode: '44021', projectYear: 1, indicatorCode: 'A02', target: 1, ...version },
      { governmentCode: '44021', projectYear: 1, indicatorCode: 'A05', target: 2000, ...version },
    ]);
    expect(await expectedReturns('44021', 1)).toEqual([
      {
        governmentCode: '44021',
        projectYear: 1,
        periodCode: 'PJ1-INTERIM',
        kind: 'interim',
        coversFrom: '2022-10-01',
        coversTo: '2023-03-31',
        due: '2023-04-15',
        applicationId,
      },
      {
        governmentCode: '44021',
        projectYear: 1,
        periodCode: 'PJ1-ANNUAL',
        kind: 'annual',
        coversFrom: '2022-10-01',
        coversTo: '2023-09-30',
        due: '2023-10-15',
        applicationId,
      },
    ]);
    expect(await planned(1, 'A05')).toMatchObject({ planned: 2000, governments: 1 });
    // Reporting's own announcements only: recording targets announces nothing.
    expect(await reporting.outbox()).toEqual([]);
  });

  it('dates the commitment and the returns owed on the programme clock, not the wall clock', async () => {
    const clock = reporting.get(ProgrammeClock);
    const offset = clock.offset;
    clock.set(new Date('2023-01-16T08:00:00Z'));
    try {
      await recordTargets.execute(testTargetsCommitted('44021', 1, [committedTarget('A05', { approvedAdditionalReach: 10 })]));
    } finally {
      clock.set(new Date(Date.now() + offset));
    }
    const dated = await reporting.query<{ at: Date }>(
      'SELECT committed_at AS at FROM target_commitment UNION ALL SELECT created_at AS at FROM expected_return',
    );
    expect(dated).toHaveLength(3);
    // Within the minute after the programme time set: a wall-clock stamp would be years later.
    for (const { at } of dated) expect(at.getTime() - Date.parse('2023-01-16T08:00:00Z')).toBeLessThan(60_000);
    for (const { at } of dated) expect(at.getTime()).toBeGreaterThanOrEqual(Date.parse('2023-01-16T08:00:00Z'));
  });

  it('lets a later revision replace the targets whole; an older revision arriving late changes nothing', async () => {
    const applicationId = randomUUID();
    const first = testTargetsCommitted(
      '44021',
      1,
      [committedTarget('A05', { approvedAdditionalReach: 2000 }), committedTarget('A02', { approvedAdditionalReach: 1 })],
      { applicationId },
    );
    const amended = testTargetsCommitted('44021', 1, [committedTarget('A05', { approvedAdditionalReach: 1200 })], {
      applicationId,
      decisionId: first.decisionId,
      revision: 2,
    });
    await recordTargets.execute(first);
    await recordTargets.execute(testTargetsCommitted('11002', 1, [committedTarget('A02', { approvedAdditionalReach: 1 })]));
    expect(await recordTargets.execute(amended)).toBe('recorded');
    expect(await recordTargets.execute(first)).toBe('ignored');
    expect(await recordTargets.execute({ ...amended, targets: [committedTarget('A07', { approvedAdditionalReach: 3 })] })).toBe('ignored');

    expect((await targets('44021', 1)).map(({ indicatorCode, target, revision }) => [indicatorCode, target, revision])).toEqual([
      ['A05', 1200, 2],
    ]);
    // A02 was dropped from Gent's targets: only Antwerpen's is planned now.
    expect(await planned(1, 'A02')).toMatchObject({ planned: 1, governments: 1 });
    expect(await planned(1, 'A05')).toMatchObject({ planned: 1200, governments: 1 });
    expect((await expectedReturns('44021')).map((owed) => owed.periodCode)).toEqual(['PJ1-INTERIM', 'PJ1-ANNUAL']);
    expect((await targets()).map((target) => target.governmentCode)).toEqual(['11002', '44021']);

    // The target checks read the revision that counts: A02 is no target of Gent any more.
    const submit = reporting.get(SubmitReportHandler);
    await expect(
      submit.execute({
        governmentCode: '44021',
        periodCode: 'PJ1-INTERIM',
        results: [{ indicatorCode: 'A02', achieved: 1 }],
        submittedBy: 'gent',
      }),
    ).rejects.toThrow('A02 is geen goedgekeurde indicator van 44021 in projectjaar 1');
  });

  it('owes each return once per government and period, whatever the number of applications', async () => {
    await recordTargets.execute(testTargetsCommitted('44021', 2, [committedTarget('A05', { approvedAdditionalReach: 10 })]));
    await recordTargets.execute(testTargetsCommitted('44021', 2, [committedTarget('A07', { approvedAdditionalReach: 10 })]));
    await recordTargets.execute(testTargetsCommitted('VGC', 2, [committedTarget('A05', { approvedAdditionalReach: 10 })]));
    expect((await expectedReturns(undefined, 2)).map((owed) => [owed.governmentCode, owed.periodCode, owed.due])).toEqual([
      ['44021', 'PJ2-INTERIM', '2024-04-15'],
      ['44021', 'PJ2-ANNUAL', '2024-10-15'],
      ['VGC', 'PJ2-INTERIM', '2024-04-15'],
      ['VGC', 'PJ2-ANNUAL', '2024-10-15'],
    ]);
    expect(await expectedReturns('44021', 1)).toEqual([]);
  });

  it('keeps the newest revision when revisions of one application race', async () => {
    const applicationId = randomUUID();
    const revisions = [1, 2, 3, 4].map((revision) =>
      testTargetsCommitted('44021', 1, [committedTarget('A05', { approvedAdditionalReach: revision * 100 })], { applicationId, revision }),
    );
    await Promise.all([...revisions].reverse().map((revision) => recordTargets.execute(revision)));
    expect((await targets('44021', 1)).map(({ target, revision }) => [target, revision])).toEqual([[400, 4]]);
    expect(await planned(1, 'A05')).toMatchObject({ planned: 400, governments: 1 });
  });

  it('refuses a revision naming an indicator twice, and a project year outside the programme, recording nothing', async () => {
    const twice = testTargetsCommitted('44021', 1, [
      committedTarget('A05', { approvedAdditionalReach: 1 }),
      committedTarget('A05', { approvedAdditionalReach: 2 }),
    ]);
    await expect(recordTargets.execute(twice)).rejects.toThrow(RuleViolation);
    await expect(
      recordTargets.execute(testTargetsCommitted('44021', 4, [committedTarget('A05', { approvedAdditionalReach: 1 })])),
    ).rejects.toThrow('projectYear: 4');
    expect(await reporting.count('target_commitment')).toBe(0);
    expect(await reporting.count('committed_target')).toBe(0);
  });
});
