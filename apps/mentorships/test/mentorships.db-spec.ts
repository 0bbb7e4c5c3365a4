import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { memberProgressRecordedV1, type MemberProgressRecordedV1 } from '#contracts';
import { RuleViolation, supersedes } from '#domain';
import { runWithContext } from '#observability';
import { ProgrammeClock } from '#platform';
import { startUseCasesUnderTest, testReport, type UseCasesUnderTest } from '#testing';
import { ListProgressHandler } from '../src/application/list-progress/list-progress.handler.js';
import { RecordProgressHandler } from '../src/application/record-progress/record-progress.handler.js';
import { mentorshipsManifest } from '../src/mentorships.manifest.js';

describe('mentorships use cases on a real database', () => {
  let mentorships: UseCasesUnderTest;
  let recordProgress: RecordProgressHandler;

  const progressOf = (governmentCode: string) => mentorships.get(ListProgressHandler).execute({ governmentCode });
  const announced = async () =>
    (await mentorships.outbox<MemberProgressRecordedV1>(memberProgressRecordedV1.type)).map((event) => event.payload);

  beforeAll(async () => {
    mentorships = await startUseCasesUnderTest({ manifest: mentorshipsManifest, label: 'mentorships_db' });
    recordProgress = mentorships.get(RecordProgressHandler);
  });

  afterAll(async () => {
    await mentorships?.stop();
  });

  beforeEach(async () => {
    await mentorships.query('TRUNCATE member_progress, outbox');
  });

  describe('recording progress', () => {
    it('lets a newer version replace an older one per line, ignores a late older one and a repeat, counts what it recorded', async () => {
      const first = testReport('44021', 'PJ1-INTERIM', 1, [
        { indicatorCode: 'A05', achieved: 600 },
        { indicatorCode: 'A02', achieved: null },
      ]);
      const firstCause = randomUUID();
      expect(await runWithContext({ correlationId: 'c-first', causationId: firstCause }, () => recordProgress.execute(first))).toBe(2);
      expect(await recordProgress.execute(first)).toBe(0);
      const correction = testReport('44021', 'PJ1-INTERIM', 3, [{ indicatorCode: 'A05', achieved: 1500 }]);
      expect(await recordProgress.execute(correction)).toBe(1);
      // Version 2 arrives after version 3: too late for A05, but newer than what is known of A02.
      const late = testReport('44021', 'PJ1-INTERIM', 2, [
        { indicatorCode: 'A05', achieved: 1000 },
        { indicatorCode: 'A02', achieved: 1 },
      ]);
      expect(await recordProgress.execute(late)).toBe(1);
      // The same version again, with another figure: not newer, so ignored.
      expect(await recordProgress.execute(testReport('44021', 'PJ1-INTERIM', 3, [{ indicatorCode: 'A05', achieved: 1 }]))).toBe(0);

      expect(await progressOf('44021')).toEqual([
        {
          governmentCode: '44021',
          networkId: 'network-A02',
          indicatorCode: 'A02',
          projectYear: 1,
          periodCode: 'PJ1-INTERIM',
          achieved: 1,
          reportVersion: 2,
          recordedAt: expect.any(String),
        },
        {
          governmentCode: '44021',
          networkId: 'network-A05',
          indicatorCode: 'A05',
          projectYear: 1,
          periodCode: 'PJ1-INTERIM',
          achieved: 1500,
          reportVersion: 3,
          recordedAt: expect.any(String),
        },
      ]);
      expect((await announced()).map((payload) => [payload.indicatorCode, payload.achieved])).toEqual([
        ['A05', 600],
        ['A02', null],
        ['A05', 1500],
        ['A02', 1],
      ]);
      const [firstEvent] = await mentorships.outbox<MemberProgressRecordedV1>();
      expect(firstEvent).toMatchObject({
        type: memberProgressRecordedV1.type,
        version: 1,
        producer: 'mentorships',
        key: '44021',
        correlationId: 'c-first',
        causationId: firstCause,
        payload: {
          governmentCode: '44021',
          networkId: 'network-A05',
          indicatorCode: 'A05',
          projectYear: 1,
          periodCode: 'PJ1-INTERIM',
          achieved: 600,
        },
      });
      // Each line remembers the report it came from.
      expect(await mentorships.query('SELECT indicator_code, report_id FROM member_progress ORDER BY indicator_code')).toEqual([
        { indicator_code: 'A02', report_id: late.reportId },
        { indicator_code: 'A05', report_id: correction.reportId },
      ]);
    });

    it('dates recorded progress on the programme clock, not the wall clock', async () => {
      const clock = mentorships.get(ProgrammeClock);
      const offset = clock.offset;
      clock.set(new Date('2023-04-10T12:00:00Z'));
      try {
        await recordProgress.execute(testReport('44021', 'PJ1-INTERIM', 1, [{ indicatorCode: 'A05', achieved: 600 }]));
      } finally {
        clock.set(new Date(Date.now() + offset));
      }
      const [recorded] = await progressOf('44021');
      // Within the minute after the programme time set: a wall-clock stamp would be years later.
      expect(Date.parse(recorded.recordedAt) - Date.parse('2023-04-10T12:00:00Z')).toBeGreaterThanOrEqual(0);
      expect(Date.parse(recorded.recordedAt) - Date.parse('2023-04-10T12:00:00Z')).toBeLessThan(60_000);
    });

    it('refuses a report with a line that is not an indicator code, writing none of its lines', async () => {
      const refused = recordProgress.execute(
        testReport('44021', 'PJ1-INTERIM', 1, [
          { indicatorCode: 'A05', achieved: 600 },
          { indicatorCode: 'X5', achieved: 1 },
        ]),
      );
      await expect(refused).rejects.toThrow(RuleViolation);
      await expect(refused).rejects.toThrow('X5 is not an indicator code');
      expect({ progress: await mentorships.count('member_progress'), outbox: await mentorships.count('outbox') }).toEqual({
        progress: 0,
        outbox: 0,
      });
    });

    it('keeps the highest version when versions of one report race', async () => {
      const versions = [3, 1, 4, 2].map((reportVersion) =>
        testReport('44021', 'PJ1-ANNUAL', reportVersion, [{ indicatorCode: 'A05', achieved: reportVersion * 100 }]),
      );
      const recorded = await Promise.all(versions.map((version) => recordProgress.execute(version)));
      expect(await progressOf('44021')).toEqual([expect.objectContaining({ periodCode: 'PJ1-ANNUAL', achieved: 400, reportVersion: 4 })]);
      // Each version that was newest when it was recorded was announced, and only those.
      expect(await mentorships.count('outbox')).toBe(recorded.reduce((sum, count) => sum + count, 0));
      expect((await announced()).at(-1)).toMatchObject({ achieved: 400 });
    });

    it('records the latest version of each line, whatever the order versions arrive in, and announces each replacement', async () => {
      const arrival = fc.record({
        periodCode: fc.constantFrom('PJ1-INTERIM', 'PJ1-ANNUAL'),
        indicatorCode: fc.constantFrom('A05', 'A09-NIEUWKOMERS'),
        reportVersion: fc.integer({ min: 1, max: 5 }),
        achieved: fc.option(fc.nat(5000), { nil: null }),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(arrival, { minLength: 1, maxLength: 12 }), async (arrivals) => {
          await mentorships.query('TRUNCATE member_progress, outbox');
          // What the domain rule says: per line, the first arrival of a version newer than any before it counts.
          const latest = new Map<string, { achieved: number | null; reportVersion: number }>();
          const expectedAnnounced: (number | null)[] = [];
          for (const entry of arrivals) {
            const key = `${entry.periodCode}/${entry.indicatorCode}`;
            const recorded = await recordProgress.execute(
              testReport('44021', entry.periodCode, entry.reportVersion, [
                { indicatorCode: entry.indicatorCode, achieved: entry.achieved },
              ]),
            );
            const replaces = supersedes(latest.get(key)?.reportVersion, entry.reportVersion);
            expect(recorded).toBe(replaces ? 1 : 0);
            if (replaces) {
              latest.set(key, { achieved: entry.achieved, reportVersion: entry.reportVersion });
              expectedAnnounced.push(entry.achieved);
            }
          }
          const stored = await progressOf('44021');
          expect(
            new Map(
              stored.map((row) => [`${row.periodCode}/${row.indicatorCode}`, { achieved: row.achieved, reportVersion: row.reportVersion }]),
            ),
          ).toEqual(latest);
          expect((await announced()).map((payload) => payload.achieved)).toEqual(expectedAnnounced);
        }),
        { numRuns: 25 },
      );
    });
  });

  describe('listing progress', () => {
    it("lists one government's progress by project year, period and indicator, with the network of the indicator's action", async () => {
      await recordProgress.execute(testReport('44021', 'PJ2-INTERIM', 1, [{ indicatorCode: 'A05', achieved: 10 }]));
      await recordProgress.execute(
        testReport('44021', 'PJ1-INTERIM', 1, [
          { indicatorCode: 'A09-NIEUWKOMERS', achieved: 3 },
          { indicatorCode: 'A05', achieved: 600 },
        ]),
      );
      await recordProgress.execute(testReport('44021', 'PJ1-ANNUAL', 1, [{ indicatorCode: 'A09-HANDICAP', achieved: null }]));
      await recordProgress.execute(testReport('11002', 'PJ1-INTERIM', 1, [{ indicatorCode: 'A05', achieved: 900 }]));

      const listed = await progressOf('44021');
      expect(listed.map((row) => [row.projectYear, row.periodCode, row.indicatorCode, row.networkId, row.achieved])).toEqual([
        [1, 'PJ1-ANNUAL', 'A09-HANDICAP', 'network-A09', null],
        [1, 'PJ1-INTERIM', 'A05', 'network-A05', 600],
        [1, 'PJ1-INTERIM', 'A09-NIEUWKOMERS', 'network-A09', 3],
        [2, 'PJ2-INTERIM', 'A05', 'network-A05', 10],
      ]);
      expect(listed.every((row) => !Number.isNaN(Date.parse(row.recordedAt)))).toBe(true);
      expect((await progressOf('11002')).map((row) => row.achieved)).toEqual([900]);
      expect(await progressOf('12025')).toEqual([]);
    });
  });
});
