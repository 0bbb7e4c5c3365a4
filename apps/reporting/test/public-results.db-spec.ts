import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { TargetsCommittedV3 } from '#contracts';
import { ProgrammeClock } from '#platform';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { GetPublicResultsHandler } from '../src/application/get-public-results/get-public-results.handler.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { ReviewReportHandler } from '../src/application/review-report/review-report.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import { reportingManifest } from '../src/reporting.manifest.js';

const decision = (governmentCode: string, targets: Record<string, number>): TargetsCommittedV3 =>
  testTargetsCommitted(
    governmentCode,
    1,
    Object.entries(targets).map(([indicatorCode, target]) => committedTarget(indicatorCode, { approvedAdditionalReach: target })),
  );

describe('public results on a real database: accepted reports only', () => {
  let reporting: UseCasesUnderTest;
  let results: GetPublicResultsHandler;

  const submit = (governmentCode: string, results: { indicatorCode: string; achieved: number | null }[]) =>
    reporting.get(SubmitReportHandler).execute({ governmentCode, periodCode: 'PJ1-INTERIM', submittedBy: 'reporter', results });
  const review = (reportId: string, outcome: 'accepted' | 'changes-requested') =>
    reporting.get(ReviewReportHandler).execute({
      reportId,
      outcome,
      comments: outcome === 'accepted' ? [] : [{ indicatorCode: 'A05', comment: 'Graag toelichten.' }],
      reviewedBy: 'abb-reviewer',
    });
  const a05 = (view: Awaited<ReturnType<GetPublicResultsHandler['execute']>>) =>
    view.actions.flatMap((action) => action.indicators).find((indicator) => indicator.indicatorCode === 'A05');

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'public_results_db' });
    results = reporting.get(GetPublicResultsHandler);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query(
      'TRUNCATE government_figure, government_total, programme_total, committed_target, target_commitment, expected_return, ' +
        'indicator_result, indicator_total, report, report_review, at_risk_flag, outbox, audit_log',
    );
    await reporting.get(RecordTargetsHandler).execute(decision('44021', { A05: 500, A22: 2 }));
    await reporting.get(RecordTargetsHandler).execute(decision('11002', { A05: 2250 }));
    reporting.get(ProgrammeClock).set(new Date('2023-04-10T10:00:00Z'));
  });

  it('shows planned targets and nothing realised while reports wait for review or were sent back', async () => {
    const gent = await submit('44021', [
      { indicatorCode: 'A05', achieved: 150 },
      { indicatorCode: 'A22', achieved: 1 },
    ]);
    const antwerpen = await submit('11002', [{ indicatorCode: 'A05', achieved: 900 }]);
    await review(antwerpen.reportId, 'changes-requested');

    const programme = await results.execute({ projectYear: 1 });
    expect(programme).toMatchObject({ projectYear: 1, governmentCode: null, governments: 2, governmentsReported: 0 });
    expect(a05(programme)).toMatchObject({ planned: 2750, realised: 0, governmentsReported: 0 });

    await review(gent.reportId, 'accepted');
    const after = await results.execute({ projectYear: 1 });
    expect(after.governmentsReported).toBe(1);
    expect(after.actions.map((action) => [action.actionNumber, action.actionName !== null, action.indicators.length])).toEqual([
      [5, true, 1],
      [22, true, 1],
    ]);
    expect(a05(after)).toEqual({
      indicatorCode: 'A05',
      unit: expect.any(String),
      planned: 2750,
      realised: 150,
      percentReached: 5.5,
      governments: 2,
      governmentsReported: 1,
    });
  });

  it("answers one government's own results, the latest accepted version counting", async () => {
    const first = await submit('44021', [
      { indicatorCode: 'A05', achieved: 150 },
      { indicatorCode: 'A22', achieved: 1 },
    ]);
    await review(first.reportId, 'accepted');
    reporting.get(ProgrammeClock).set(new Date('2023-04-12T10:00:00Z'));
    const second = await submit('44021', [
      { indicatorCode: 'A05', achieved: 320 },
      { indicatorCode: 'A22', achieved: null },
    ]);
    // A newer version waiting for review does not replace the accepted figure.
    expect(a05(await results.execute({ projectYear: 1, governmentCode: '44021' }))?.realised).toBe(150);
    await review(second.reportId, 'accepted');
    const gent = await results.execute({ projectYear: 1, governmentCode: '44021' });
    expect(gent).toMatchObject({ governmentCode: '44021', governments: 1, governmentsReported: 1 });
    expect(
      gent.actions
        .flatMap((action) => action.indicators)
        .map((indicator) => [indicator.indicatorCode, indicator.planned, indicator.realised]),
    ).toEqual([
      ['A05', 500, 320],
      ['A22', 2, 0],
    ]);
    expect(await results.execute({ projectYear: 2, governmentCode: '44021' })).toEqual({
      projectYear: 2,
      governmentCode: '44021',
      governments: 0,
      governmentsReported: 0,
      actions: [],
    });
  });
});
