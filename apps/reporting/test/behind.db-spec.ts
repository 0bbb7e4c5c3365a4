import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { reportSubmittedV2, type ReportSubmittedV2 } from '#contracts';
import { ProgrammeClock } from '#platform';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { ApplyReportHandler } from '../src/application/apply-report/apply-report.handler.js';
import { ClearAtRiskFlagHandler } from '../src/application/clear-at-risk-flag/clear-at-risk-flag.handler.js';
import { FireDueDeadlinesHandler } from '../src/application/fire-deadlines/fire-due-deadlines.handler.js';
import { ListBehindHandler } from '../src/application/list-behind/list-behind.handler.js';
import type { ListBehindQuery } from '../src/application/list-behind/list-behind.query.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import { reportingManifest } from '../src/reporting.manifest.js';

const onDay = (day: string): Date => new Date(`${day}T10:00:00Z`);
const abb = { subject: 'abb-reviewer', role: 'abb', organisationCode: null };

/** ABB's list of governments behind, from reporting's own read model. */
describe('the list of lagging, at-risk and overdue governments, on a real database', () => {
  let reporting: UseCasesUnderTest;
  let clock: ProgrammeClock;

  const commit = (governmentCode: string, targets: Record<string, number>) =>
    reporting.get(RecordTargetsHandler).execute(
      testTargetsCommitted(
        governmentCode,
        1,
        Object.entries(targets).map(([code, target]) => committedTarget(code, { approvedAdditionalReach: target })),
        { applicationId: randomUUID(), decisionId: randomUUID(), revision: 1 },
      ),
    );
  const behind = async (query: Partial<ListBehindQuery> = {}) =>
    (await reporting.get(ListBehindHandler).execute({ projectYear: 1, ...query })).map((row) => [
      row.governmentCode,
      row.indicatorCode,
      row.periodCode,
      row.status,
      row.achieved,
      row.target,
      row.overdue,
    ]);

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_behind_db' });
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
    clock.set(onDay('2023-04-10'));
    await commit('44021', { A05: 2000, A02: 4, A07: 10 });
    await commit('11002', { A05: 1000 });
    // Gent: A05 300 of 2000 is below 25% (flagged: at risk), A02 1 of 4 lags, A07 5 of 10 is on track.
    await reporting.get(SubmitReportHandler).execute({
      governmentCode: '44021',
      periodCode: 'PJ1-INTERIM',
      submittedBy: 'gent',
      results: [
        { indicatorCode: 'A05', achieved: 300, motivation: 'Opstart vertraagd.' },
        { indicatorCode: 'A02', achieved: 1 },
        { indicatorCode: 'A07', achieved: 5 },
      ],
    });
    for (const event of await reporting.outbox<ReportSubmittedV2>(reportSubmittedV2.type))
      await reporting.get(ApplyReportHandler).execute(event.payload);
    // Antwerpen does not report: overdue once the deadline has fired.
    clock.set(onDay('2023-04-16'));
    await reporting.get(FireDueDeadlinesHandler).execute();
  });

  it('lists every government x indicator x period behind, with the overdue return, and leaves out what is on track', async () => {
    expect(await behind()).toEqual([
      ['11002', 'A05', 'PJ1-INTERIM', 'not-reported', null, 1000, true],
      ['44021', 'A02', 'PJ1-INTERIM', 'lagging', 1, 4, false],
      ['44021', 'A05', 'PJ1-INTERIM', 'at-risk', 300, 2000, false],
    ]);
    const [overdue] = await reporting.get(ListBehindHandler).execute({ projectYear: 1, status: 'not-reported' });
    expect(overdue).toEqual(expect.objectContaining({ expected: expect.any(Number), due: expect.stringMatching(/^2023-04-\d\d$/) }));
    expect(await behind({ projectYear: 2 })).toEqual([]);
  });

  it('filters by status, indicator and period', async () => {
    expect(await behind({ status: 'lagging' })).toEqual([['44021', 'A02', 'PJ1-INTERIM', 'lagging', 1, 4, false]]);
    expect((await behind({ indicatorCode: 'A05' })).map((row) => row[0])).toEqual(['11002', '44021']);
    expect(await behind({ indicatorCode: 'A05', status: 'at-risk' })).toEqual([
      ['44021', 'A05', 'PJ1-INTERIM', 'at-risk', 300, 2000, false],
    ]);
    expect(await behind({ periodCode: 'PJ1-ANNUAL' })).toEqual([]);
  });

  it('shows a lagging indicator as lagging again once ABB clears its at-risk flag', async () => {
    await reporting.as(abb, () =>
      reporting.get(ClearAtRiskFlagHandler).execute({
        governmentCode: '44021',
        projectYear: 1,
        indicatorCode: 'A05',
        motivationAccepted: true,
        reason: 'Inhaalplan overtuigt.',
        clearedBy: 'abb-reviewer',
      }),
    );
    expect(await behind({ indicatorCode: 'A05' })).toEqual([
      ['11002', 'A05', 'PJ1-INTERIM', 'not-reported', null, 1000, true],
      ['44021', 'A05', 'PJ1-INTERIM', 'lagging', 300, 2000, false],
    ]);
  });

  it('reports an open flag as at-risk even where the stored status says lagging', async () => {
    await reporting.query("UPDATE indicator_result SET status = 'lagging' WHERE government_code = '44021' AND indicator_code = 'A05'");
    expect(await behind({ indicatorCode: 'A05', status: 'at-risk' })).toEqual([
      ['44021', 'A05', 'PJ1-INTERIM', 'at-risk', 300, 2000, false],
    ]);
  });
});
