import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  indicatorStatusChangedV2,
  periodStatusSummarisedV1,
  reportSubmittedV2,
  type IndicatorStatusChangedV2,
  type PeriodStatusSummarisedV1,
  type ReportSubmittedV2,
} from '#contracts';
import { ProgrammeClock } from '#platform';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { ApplyReportHandler } from '../src/application/apply-report/apply-report.handler.js';
import { ClearAtRiskFlagHandler } from '../src/application/clear-at-risk-flag/clear-at-risk-flag.handler.js';
import { FireDueDeadlinesHandler } from '../src/application/fire-deadlines/fire-due-deadlines.handler.js';
import { GetStatusesHandler } from '../src/application/get-statuses/get-statuses.handler.js';
import { RebuildStatusesHandler } from '../src/application/rebuild-figures/rebuild-statuses.handler.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import type { SubmitReportCommand } from '../src/application/submit-report/submit-report.command.js';
import { reportingManifest } from '../src/reporting.manifest.js';

const onDay = (day: string): Date => new Date(`${day}T10:00:00Z`);
const abb = { subject: 'abb-reviewer', role: 'abb', organisationCode: null };

type Row = Record<string, unknown>;

/** Statuses when targets change (an accepted amendment), and the rebuild of statuses and flags from their sources. */
describe('statuses from their sources, on a real database', () => {
  let reporting: UseCasesUnderTest;
  let clock: ProgrammeClock;
  let delivered = 0;
  const gent = { applicationId: randomUUID(), decisionId: randomUUID() };
  const antwerpen = { applicationId: randomUUID(), decisionId: randomUUID() };

  const commit = (governmentCode: string, ids: typeof gent, revision: number, targets: Record<string, number>) =>
    reporting.get(RecordTargetsHandler).execute(
      testTargetsCommitted(
        governmentCode,
        1,
        Object.entries(targets).map(([code, target]) => committedTarget(code, { approvedAdditionalReach: target })),
        { ...ids, revision },
      ),
    );
  const submit = (command: Partial<SubmitReportCommand> & Pick<SubmitReportCommand, 'results'>) =>
    reporting.get(SubmitReportHandler).execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM', submittedBy: 'gent', ...command });
  /** What reporting's own consumer does with each report announced since the last call. */
  const applyAnnounced = async (): Promise<void> => {
    const announced = await reporting.outbox<ReportSubmittedV2>(reportSubmittedV2.type);
    for (const event of announced.slice(delivered)) await reporting.get(ApplyReportHandler).execute(event.payload);
    delivered = announced.length;
  };
  const clearFlag = (indicatorCode: string) =>
    reporting.as(abb, () =>
      reporting.get(ClearAtRiskFlagHandler).execute({
        governmentCode: '44021',
        projectYear: 1,
        indicatorCode,
        motivationAccepted: true,
        reason: 'Inhaalplan overtuigt.',
        clearedBy: 'abb-reviewer',
      }),
    );
  const statuses = async (governmentCode = '44021') =>
    (await reporting.get(GetStatusesHandler).execute({ governmentCode, projectYear: 1 })).map((row) => [
      row.indicatorCode,
      row.periodCode,
      row.target,
      row.status,
    ]);
  const changes = async () =>
    (await reporting.outbox<IndicatorStatusChangedV2>(indicatorStatusChangedV2.type)).map(({ payload }) => [
      payload.governmentCode,
      payload.indicatorCode,
      payload.previousStatus,
      payload.status,
      payload.cause,
      payload.target,
    ]);
  const summaries = async () =>
    (await reporting.outbox<PeriodStatusSummarisedV1>(periodStatusSummarisedV1.type)).map(({ payload }) => ({
      governmentCode: payload.governmentCode,
      periodCode: payload.periodCode,
      cause: payload.cause,
      lagging: payload.lagging.map((behind) => behind.indicatorCode),
      atRisk: payload.atRisk.map((behind) => behind.indicatorCode),
      notReported: payload.notReported,
      indicatorCount: payload.indicatorCount,
    }));
  const flags = () =>
    reporting.query<{ indicator_code: string; target: number; cleared: boolean }>(
      'SELECT indicator_code, target, cleared_at IS NOT NULL AS cleared FROM at_risk_flag ORDER BY indicator_code',
    );

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_status_sources_db' });
    clock = reporting.get(ProgrammeClock);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query(
      'TRUNCATE government_figure, government_total, programme_total, committed_target, target_commitment, expected_return, ' +
        'return_deadline, indicator_result, report, report_review, at_risk_flag, outbox, audit_log',
    );
    delivered = 0;
    clock.set(onDay('2023-04-10'));
    await commit('44021', gent, 1, { A05: 2000, A02: 4, A07: 10 });
    // A05 300 of 2000 is below 25%: flagged, then cleared by ABB; A02 1 of 4 lags; A07 5 of 10 is on track.
    await submit({
      results: [
        { indicatorCode: 'A05', achieved: 300, motivation: 'Opstart vertraagd.' },
        { indicatorCode: 'A02', achieved: 1 },
        { indicatorCode: 'A07', achieved: 5 },
      ],
    });
    await applyAnnounced();
    await clearFlag('A05');
  });

  describe('when an accepted amendment changes the targets', () => {
    it('re-checks the year against the new targets and announces only what changed, with one summary per period', async () => {
      expect(await statuses()).toEqual([
        ['A02', 'PJ1-INTERIM', 4, 'lagging'],
        ['A05', 'PJ1-INTERIM', 2000, 'lagging'],
        ['A07', 'PJ1-INTERIM', 10, 'on-track'],
      ]);
      await reporting.query('TRUNCATE outbox');

      // A05 higher (still below 25%: the cleared flag stays cleared), A02 lower (now on track), A07 dropped.
      await commit('44021', gent, 2, { A05: 3000, A02: 2 });
      expect(await statuses()).toEqual([
        ['A02', 'PJ1-INTERIM', 2, 'on-track'],
        ['A05', 'PJ1-INTERIM', 3000, 'lagging'],
      ]);
      expect(await changes()).toEqual([['44021', 'A02', 'lagging', 'on-track', 'target-changed', 2]]);
      expect(await summaries()).toEqual([
        {
          governmentCode: '44021',
          periodCode: 'PJ1-INTERIM',
          cause: 'target-changed',
          lagging: ['A05'],
          atRisk: [],
          notReported: [],
          indicatorCount: 2,
        },
      ]);
      expect(await flags()).toEqual([{ indicator_code: 'A05', target: 3000, cleared: true }]);

      // The same targets again (a later revision changing nothing that counts): nothing to announce.
      await reporting.query('TRUNCATE outbox');
      await commit('44021', gent, 3, { A05: 3000, A02: 2 });
      expect(await reporting.count('outbox')).toBe(0);

      // A02 higher: 1 of 8 is below 25%, a flag ABB has not cleared: at risk. A05 lower: 300 of 1000 takes its flag away,
      // and it still lags, so nothing is announced for it.
      await commit('44021', gent, 4, { A05: 1000, A02: 8 });
      expect(await changes()).toEqual([['44021', 'A02', 'on-track', 'at-risk', 'target-changed', 8]]);
      expect(await summaries()).toEqual([
        expect.objectContaining({ periodCode: 'PJ1-INTERIM', cause: 'target-changed', lagging: ['A05'], atRisk: ['A02'] }),
      ]);
      expect(await flags()).toEqual([{ indicator_code: 'A02', target: 8, cleared: false }]);

      // An older revision arriving late changes nothing.
      await reporting.query('TRUNCATE outbox');
      expect(await commit('44021', gent, 2, { A05: 3000, A02: 2 })).toBe('ignored');
      expect(await reporting.count('outbox')).toBe(0);
    });

    it('marks an added indicator not reported in a period already overdue, in that period summary', async () => {
      await commit('11002', antwerpen, 1, { A05: 1000 });
      clock.set(onDay('2023-04-16'));
      await reporting.get(FireDueDeadlinesHandler).execute();
      expect(await statuses('11002')).toEqual([['A05', 'PJ1-INTERIM', 1000, 'not-reported']]);
      await reporting.query('TRUNCATE outbox');

      await commit('11002', antwerpen, 2, { A05: 1000, A02: 2 });
      expect(await statuses('11002')).toEqual([
        ['A02', 'PJ1-INTERIM', 2, 'not-reported'],
        ['A05', 'PJ1-INTERIM', 1000, 'not-reported'],
      ]);
      // Without a figure the status was not reported already: no status change, one summary naming both.
      expect(await changes()).toEqual([]);
      expect(await summaries()).toEqual([
        {
          governmentCode: '11002',
          periodCode: 'PJ1-INTERIM',
          cause: 'target-changed',
          lagging: [],
          atRisk: [],
          notReported: ['A02', 'A05'],
          indicatorCount: 2,
        },
      ]);
    });

    it('leaves a report still on its way to the read models to apply-report, which announces it', async () => {
      await submit({
        results: [
          { indicatorCode: 'A05', achieved: 1900 },
          { indicatorCode: 'A02', achieved: 1 },
          { indicatorCode: 'A07', achieved: 5 },
        ],
      });
      const earlier = (await changes()).length;
      // Version 2 is stored but not applied: the amendment judges version 1 (A05 still lagging against 2500).
      await commit('44021', gent, 2, { A05: 2500, A02: 4, A07: 10 });
      expect((await changes()).slice(earlier)).toEqual([]);
      expect((await statuses()).find(([code]) => code === 'A05')).toEqual(['A05', 'PJ1-INTERIM', 2500, 'lagging']);
      await applyAnnounced();
      expect((await changes()).slice(earlier)).toEqual([['44021', 'A05', 'lagging', 'on-track', 'report', 2500]]);
    });
  });

  describe('npm run rebuild -- reporting', () => {
    const snapshot = async () => ({
      results: await reporting.query<Row>('SELECT * FROM indicator_result ORDER BY government_code, period_code, indicator_code'),
      flags: await reporting.query<Row>('SELECT * FROM at_risk_flag ORDER BY government_code, indicator_code'),
    });
    const key = (row: Row) => `${String(row.government_code)}/${String(row.period_code)}/${String(row.indicator_code)}`;

    it('rebuilds lost and corrupted statuses and flags, keeping the flag ABB cleared, and announces nothing', async () => {
      // A02 nil at the interim: below 25%, a flag ABB has not cleared. Antwerpen never reports: not reported once overdue.
      await commit('11002', antwerpen, 1, { A05: 1000, A02: 2 });
      await submit({
        results: [
          { indicatorCode: 'A05', achieved: 300 },
          { indicatorCode: 'A02', achieved: null },
          { indicatorCode: 'A07', achieved: 5 },
        ],
      });
      await applyAnnounced();
      clock.set(onDay('2023-04-16'));
      await reporting.get(FireDueDeadlinesHandler).execute();
      clock.set(onDay('2023-09-30'));
      await submit({
        periodCode: 'PJ1-ANNUAL',
        results: [
          { indicatorCode: 'A05', achieved: 1500, motivation: 'Inhaalbeweging.' },
          { indicatorCode: 'A02', achieved: 2, motivation: 'Traag.' },
          { indicatorCode: 'A07', achieved: 10 },
        ],
      });
      await applyAnnounced();
      const before = await snapshot();
      expect(before.flags.map((flag) => [flag.indicator_code, flag.cleared_at !== null])).toEqual([
        ['A02', false],
        ['A05', true],
      ]);
      expect(before.results.filter((row) => row.status === 'not-reported').map(key)).toEqual([
        '11002/PJ1-INTERIM/A02',
        '11002/PJ1-INTERIM/A05',
      ]);
      const announced = await reporting.query('SELECT * FROM outbox ORDER BY position');

      // Lost rows, wrong statuses and figures, a row for an indicator without a target, a lost cleared flag.
      await reporting.query("DELETE FROM indicator_result WHERE government_code = '11002'");
      await reporting.query(
        "UPDATE indicator_result SET status = 'achieved' " +
          "WHERE government_code = '44021' AND period_code = 'PJ1-ANNUAL' AND indicator_code = 'A05'",
      );
      await reporting.query(
        'UPDATE indicator_result SET achieved = 999 ' +
          "WHERE government_code = '44021' AND period_code = 'PJ1-INTERIM' AND indicator_code = 'A02'",
      );
      await reporting.query(
        `INSERT INTO indicator_result (government_code, project_year, period_code, indicator_code, period_ends_on, achieved,
           report_version, target, expected, status, updated_at)
         VALUES ('44021', 1, 'PJ1-ANNUAL', 'A09-HANDICAP', '2023-09-30', 1, 1, 5, 5, 'lagging', now())`,
      );
      await reporting.query("DELETE FROM at_risk_flag WHERE indicator_code = 'A05'");
      await reporting.query("UPDATE at_risk_flag SET achieved = 77, motivation = 'verzonnen' WHERE indicator_code = 'A02'");

      const rebuild = reporting.get(RebuildStatusesHandler);
      expect(await rebuild.execute()).toEqual({ governmentYears: 2, corrected: 7 });
      const after = await snapshot();
      // Every row as the live check kept it, the cleared flag with ABB's clearance (from the audit trail) included.
      expect(after.flags).toEqual(before.flags);
      const withoutTime = ({ updated_at: _, ...row }: Row) => row;
      expect(after.results.map(withoutTime)).toEqual(before.results.map(withoutTime));
      // Rows that were right were left alone: their time is still the live check's.
      const corrected = new Set(['11002/PJ1-INTERIM/A02', '11002/PJ1-INTERIM/A05', '44021/PJ1-ANNUAL/A05', '44021/PJ1-INTERIM/A02']);
      expect(after.results.filter((row) => !corrected.has(key(row)))).toEqual(before.results.filter((row) => !corrected.has(key(row))));
      expect(await reporting.query('SELECT * FROM outbox ORDER BY position')).toEqual(announced);

      // Nothing left to correct.
      expect(await rebuild.execute()).toEqual({ governmentYears: 2, corrected: 0 });
    });

    it('does not give back a clearance of a flag that a corrected report took away and a later one raised again', async () => {
      await submit({
        results: [
          { indicatorCode: 'A05', achieved: 600 },
          { indicatorCode: 'A02', achieved: 1 },
          { indicatorCode: 'A07', achieved: 5 },
        ],
      });
      await applyAnnounced();
      expect(await flags()).toEqual([]);
      clock.set(onDay('2023-04-12'));
      await submit({
        results: [
          { indicatorCode: 'A05', achieved: 200 },
          { indicatorCode: 'A02', achieved: 1 },
          { indicatorCode: 'A07', achieved: 5 },
        ],
      });
      await applyAnnounced();
      expect(await flags()).toEqual([{ indicator_code: 'A05', target: 2000, cleared: false }]);
      await reporting.query('DELETE FROM at_risk_flag');
      await reporting.get(RebuildStatusesHandler).execute();
      expect(await flags()).toEqual([{ indicator_code: 'A05', target: 2000, cleared: false }]);
      expect((await statuses()).find(([code]) => code === 'A05')).toEqual(['A05', 'PJ1-INTERIM', 2000, 'at-risk']);
    });
  });
});
