import { findReportingPeriod } from '#catalogue';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { ReportReminderDueV1, ReturnOverdueV1 } from '#contracts';
import { ProgrammeClock } from '#platform';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { FireDueDeadlinesHandler, type FiredDeadline } from '../src/application/fire-deadlines/fire-due-deadlines.handler.js';
import { OverdueReturnsListener } from '../src/application/fire-deadlines/overdue-returns.listener.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { reportingManifest } from '../src/reporting.manifest.js';

/** Year 1: interim report due 2023-04-15 (reminders 1 and 12 April, overdue from 16 April), annual one due 2023-10-15. */
const BEFORE_ANY_MOMENT = new Date('2023-03-20T12:00:00Z');
const FOURTEEN_DAYS_BEFORE = new Date('2023-04-01T08:00:00Z');
const PAST_INTERIM_DUE = new Date('2023-05-02T08:00:00Z');
const PAST_ANNUAL_DUE = new Date('2023-11-01T08:00:00Z');

const REMINDER = 'reporting.report-reminder-due';
const OVERDUE = 'reporting.return-overdue';

const key = ({ governmentCode, periodCode, moment }: FiredDeadline): string => `${governmentCode}/${periodCode}/${moment}`;

describe('reminders and overdue notices on the programme clock, on a real database', () => {
  let reporting: UseCasesUnderTest;
  const fire = (instance: UseCasesUnderTest = reporting) => instance.get(FireDueDeadlinesHandler).execute();
  const setClock = (at: Date, ...instances: UseCasesUnderTest[]) => {
    for (const instance of [reporting, ...instances]) instance.get(ProgrammeClock).set(at);
  };
  const commitTargets = (...governmentCodes: string[]) =>
    Promise.all(
      governmentCodes.map((governmentCode) =>
        reporting.get(RecordTargetsHandler).execute(
          testTargetsCommitted(governmentCode, 1, [committedTarget('A05', { approvedAdditionalReach: 100 })], {
            applicationId: randomUUID(),
          }),
        ),
      ),
    );
  /** A report as the submission would store it (any version counts as reported). */
  const report = (governmentCode: string, periodCode: string) =>
    reporting.query(
      `INSERT INTO report (id, government_code, project_year, period_code, version, results, submitted_by, submitted_at, due_on, late)
       VALUES ($1, $2, 1, $3, 1, '[]', 'test', now(), $4, false)`,
      [randomUUID(), governmentCode, periodCode, findReportingPeriod(periodCode)!.due],
    );
  const reminders = async () =>
    (await reporting.outbox<ReportReminderDueV1>(REMINDER)).map(
      ({ payload }) => `${payload.governmentCode}/${payload.periodCode}/${payload.daysBefore}`,
    );
  const overdue = async () =>
    (await reporting.outbox<ReturnOverdueV1>(OVERDUE)).map(({ payload }) => `${payload.governmentCode}/${payload.periodCode}`);

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_deadlines_db' });
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query(
      'TRUNCATE committed_target, target_commitment, expected_return, return_deadline, indicator_total, report, outbox',
    );
    setClock(BEFORE_ANY_MOMENT);
  });

  it('schedules three moments per expected return when targets are committed, and sends nothing before the first', async () => {
    await commitTargets('44021');
    const moments = await reporting.query<{ period_code: string; moment: string; at: Date }>(
      'SELECT period_code, moment, at FROM return_deadline ORDER BY at',
    );
    expect(moments.map(({ period_code, moment, at }) => `${period_code} ${moment} ${at.toISOString()}`)).toEqual([
      'PJ1-INTERIM reminder-14 2023-04-01T00:00:00.000Z',
      'PJ1-INTERIM reminder-3 2023-04-12T00:00:00.000Z',
      'PJ1-INTERIM overdue 2023-04-16T00:00:00.000Z',
      'PJ1-ANNUAL reminder-14 2023-10-01T00:00:00.000Z',
      'PJ1-ANNUAL reminder-3 2023-10-12T00:00:00.000Z',
      'PJ1-ANNUAL overdue 2023-10-16T00:00:00.000Z',
    ]);
    expect(await fire()).toEqual([]);
    expect(await reporting.count('outbox')).toBe(0);
  });

  it('reminds only governments that have not reported, once per moment however often the poller runs', async () => {
    await commitTargets('44021', '11002', '12025');
    await report('12025', 'PJ1-INTERIM');
    setClock(FOURTEEN_DAYS_BEFORE);
    expect((await fire()).map(key).sort()).toEqual(['11002/PJ1-INTERIM/reminder-14', '44021/PJ1-INTERIM/reminder-14']);
    expect(await fire()).toEqual([]);
    expect((await reminders()).sort()).toEqual(['11002/PJ1-INTERIM/14', '44021/PJ1-INTERIM/14']);
    const [first] = await reporting.outbox<ReportReminderDueV1>(REMINDER);
    expect(first?.payload).toEqual({
      governmentCode: first?.payload.governmentCode,
      projectYear: 1,
      periodCode: 'PJ1-INTERIM',
      due: '2023-04-15',
      daysBefore: 14,
      remindAt: '2023-04-01T00:00:00.000Z',
    });
    expect(first?.key).toBe(first?.payload.governmentCode);
  });

  it('after a jump past the due date sends only the overdue notice, tells the target check, and nothing for the reporter', async () => {
    await commitTargets('44021', '11002');
    await report('11002', 'PJ1-INTERIM');
    const listener = reporting.get(OverdueReturnsListener);
    const told = jest.spyOn(listener, 'returnBecameOverdue');
    try {
      setClock(PAST_INTERIM_DUE);
      expect((await fire()).map(key)).toEqual(['44021/PJ1-INTERIM/overdue']);
      expect(await reminders()).toEqual([]);
      const [notice] = await reporting.outbox<ReturnOverdueV1>(OVERDUE);
      expect(notice?.payload).toEqual({
        governmentCode: '44021',
        projectYear: 1,
        periodCode: 'PJ1-INTERIM',
        due: '2023-04-15',
        overdueAt: expect.stringMatching(/^2023-05-02T08:00/),
      });
      expect(told.mock.calls.map(([overdueReturn]) => `${overdueReturn.governmentCode}/${overdueReturn.periodCode}`)).toEqual([
        '44021/PJ1-INTERIM',
      ]);
      const outcomes = await reporting.query<{ government_code: string; moment: string; outcome: string }>(
        "SELECT government_code, moment, outcome FROM return_deadline WHERE period_code = 'PJ1-INTERIM' ORDER BY government_code, at",
      );
      expect(outcomes.map(({ government_code, moment, outcome }) => `${government_code} ${moment} ${outcome}`)).toEqual([
        '11002 reminder-14 reported',
        '11002 reminder-3 reported',
        '11002 overdue reported',
        '44021 reminder-14 superseded',
        '44021 reminder-3 superseded',
        '44021 overdue sent',
      ]);
    } finally {
      told.mockRestore();
    }
  });

  it('schedules returns owed before the schedule existed on the first round', async () => {
    await reporting.query(
      `INSERT INTO expected_return
         (government_code, period_code, project_year, kind, covers_from, covers_to, due_on, application_id, created_at)
       VALUES ('VGC', 'PJ1-INTERIM', 1, 'interim', '2022-10-01', '2023-03-31', '2023-04-15', $1, now())`,
      [randomUUID()],
    );
    setClock(PAST_INTERIM_DUE);
    expect((await fire()).map(key)).toEqual(['VGC/PJ1-INTERIM/overdue']);
    expect(await reporting.count('return_deadline')).toBe(3);
  });

  describe('with a second instance of the service on the same database', () => {
    let second: UseCasesUnderTest;

    beforeAll(async () => {
      second = await startUseCasesUnderTest({
        manifest: reportingManifest,
        label: 'reporting_deadlines_db',
        sharedDatabaseUrl: reporting.databaseUrl,
      });
    });

    afterAll(async () => {
      await second?.stop();
    });

    it('never sends the same moment twice while both pollers run at once, over several batches', async () => {
      // 160 governments, two returns each: more than one batch per round, so the instances meet mid-way.
      const governments = Array.from({ length: 160 }, (_, index) => String(20000 + index));
      for (let from = 0; from < governments.length; from += 40) await commitTargets(...governments.slice(from, from + 40));
      await report(governments[0]!, 'PJ1-INTERIM');
      for (const at of [FOURTEEN_DAYS_BEFORE, PAST_INTERIM_DUE, PAST_ANNUAL_DUE]) {
        setClock(at, second);
        const rounds = await Promise.all([fire(), fire(second), fire(), fire(second)]);
        const fired = rounds.flat().map(key);
        expect(new Set(fired).size).toBe(fired.length);
      }
      const sentReminders = await reminders();
      const sentOverdue = await overdue();
      expect(new Set(sentReminders).size).toBe(sentReminders.length);
      expect(new Set(sentOverdue).size).toBe(sentOverdue.length);
      // 14-day interim reminder for all but the one who reported; then both returns overdue (the annual one's
      // reminders jumped over), except the interim return that was reported.
      expect(sentReminders).toHaveLength(159);
      expect(sentOverdue).toHaveLength(159 + 160);
      expect(await reporting.count('return_deadline')).toBe(160 * 6);
      const [{ pending }] = await reporting.query<{ pending: number }>(
        'SELECT count(*)::int AS pending FROM return_deadline WHERE settled_at IS NULL',
      );
      expect(pending).toBe(0);
    });

    it('goes on after a restart (a new instance on the same database) without repeating what was sent', async () => {
      await commitTargets('44021', '11002');
      setClock(FOURTEEN_DAYS_BEFORE, second);
      expect((await fire(second)).map(key).sort()).toEqual(['11002/PJ1-INTERIM/reminder-14', '44021/PJ1-INTERIM/reminder-14']);
      await second.stop();
      second = await startUseCasesUnderTest({
        manifest: reportingManifest,
        label: 'reporting_deadlines_db',
        sharedDatabaseUrl: reporting.databaseUrl,
      });
      second.get(ProgrammeClock).set(new Date('2023-04-13T08:00:00Z'));
      expect((await fire(second)).map(key).sort()).toEqual(['11002/PJ1-INTERIM/reminder-3', '44021/PJ1-INTERIM/reminder-3']);
      expect(await fire(second)).toEqual([]);
      expect((await reminders()).sort()).toEqual([
        '11002/PJ1-INTERIM/14',
        '11002/PJ1-INTERIM/3',
        '44021/PJ1-INTERIM/14',
        '44021/PJ1-INTERIM/3',
      ]);
    });
  });
});
