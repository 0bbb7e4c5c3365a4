import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { findReportingPeriod } from '#catalogue';
import {
  indicatorStatusChangedV2,
  periodStatusSummarisedV1,
  reportSubmittedV2,
  type IndicatorStatusChangedV2,
  type PeriodStatusSummarisedV1,
  type ReportSubmittedV2,
  type TargetsCommittedV3,
} from '#contracts';
import { Conflict, RuleViolation } from '#domain';
import { runWithContext } from '#observability';
import { committedTarget, startUseCasesUnderTest, testReport, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { ApplyReportHandler } from '../src/application/apply-report/apply-report.handler.js';
import { GetFiguresHandler, type IndicatorFigure } from '../src/application/get-figures/get-figures.handler.js';
import { GetStatusesHandler } from '../src/application/get-statuses/get-statuses.handler.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import { realisedTotal, type CountedFigure } from '../src/domain/indicator-figures.js';
import { reportingManifest } from '../src/reporting.manifest.js';

/** A decision committing these targets; the prices are budgeting's concern. */
const decision = (governmentCode: string, projectYear: number, targets: { indicatorCode: string; target: number }[]): TargetsCommittedV3 =>
  testTargetsCommitted(
    governmentCode,
    projectYear,
    targets.map(({ indicatorCode, target }) => committedTarget(indicatorCode, { approvedAdditionalReach: target })),
  );

/** PJ1-INTERIM runs 1 October - 31 March of a year 1 October - 30 September, both ends inclusive: 182 of 365 days. */
const interimExpected = (target: number): number => Math.round(((target * 182) / 365) * 100) / 100;

describe('reporting use cases on a real database', () => {
  let reporting: UseCasesUnderTest;
  let applyReport: ApplyReportHandler;
  let recordTargets: RecordTargetsHandler;
  let submitReport: SubmitReportHandler;
  const figures = (projectYear: number): Promise<IndicatorFigure[]> => reporting.get(GetFiguresHandler).execute({ projectYear });
  const figureOf = async (projectYear: number, indicatorCode: string): Promise<IndicatorFigure | undefined> =>
    (await figures(projectYear)).find((figure) => figure.indicatorCode === indicatorCode);
  const statuses = (governmentCode: string, projectYear = 1) => reporting.get(GetStatusesHandler).execute({ governmentCode, projectYear });
  const statusChanges = async (governmentCode: string) =>
    (await reporting.outbox<IndicatorStatusChangedV2>(indicatorStatusChangedV2.type)).filter((event) => event.key === governmentCode);

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_db' });
    applyReport = reporting.get(ApplyReportHandler);
    recordTargets = reporting.get(RecordTargetsHandler);
    submitReport = reporting.get(SubmitReportHandler);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  describe('applying reports', () => {
    beforeEach(async () => {
      await reporting.query(
        'TRUNCATE committed_target, target_commitment, expected_return, indicator_result, indicator_total, ' +
          'government_figure, government_total, programme_total, report, at_risk_flag, outbox, audit_log',
      );
    });

    it('plans each committed target once, however often the decision is recorded', async () => {
      const gent = decision('44021', 1, [
        { indicatorCode: 'A05', target: 2000 },
        { indicatorCode: 'A02', target: 1 },
      ]);
      await recordTargets.execute(gent);
      await recordTargets.execute(gent);
      await recordTargets.execute(decision('11002', 1, [{ indicatorCode: 'A05', target: 1000 }]));
      expect(await figureOf(1, 'A05')).toMatchObject({
        planned: 3000,
        realised: 0,
        governments: 2,
        governmentsReported: 0,
        percentReached: 0,
      });
      expect(await figureOf(1, 'A02')).toMatchObject({ planned: 1, governments: 1 });
      expect(await statuses('44021')).toEqual([]);
      expect(await reporting.outbox()).toEqual([]);
    });

    it('lets a newer version replace an older one; an older one arriving late and a repeat change nothing', async () => {
      await recordTargets.execute(
        decision('44021', 1, [
          { indicatorCode: 'A05', target: 2000 },
          { indicatorCode: 'A02', target: 1 },
        ]),
      );
      await recordTargets.execute(decision('11002', 1, [{ indicatorCode: 'A05', target: 1000 }]));
      const first = testReport('44021', 'PJ1-INTERIM', 1, [{ indicatorCode: 'A05', achieved: 600 }]);
      const firstCause = randomUUID();
      await runWithContext({ correlationId: 'c-first', causationId: firstCause }, () => applyReport.execute(first));
      await applyReport.execute(first);
      expect(await statuses('44021')).toEqual([
        {
          indicatorCode: 'A05',
          periodCode: 'PJ1-INTERIM',
          achieved: 600,
          target: 2000,
          expected: interimExpected(2000),
          status: 'lagging',
          reportVersion: 1,
          atRiskFlag: null,
        },
      ]);
      // 600 is 30% of the target (no at-risk flag) but below 80% of the 997.26 expected by the end of March.
      expect(interimExpected(2000)).toBe(997.26);
      expect(await figureOf(1, 'A05')).toMatchObject({ planned: 3000, realised: 600, governmentsReported: 1, percentReached: 20 });

      const correction = testReport('44021', 'PJ1-INTERIM', 3, [{ indicatorCode: 'A05', achieved: 1500 }]);
      await runWithContext({ correlationId: 'c-correction', causationId: randomUUID() }, () => applyReport.execute(correction));
      // Version 2 arrives after version 3: too late to count, and it would have made A05 lagging again.
      await applyReport.execute(testReport('44021', 'PJ1-INTERIM', 2, [{ indicatorCode: 'A05', achieved: 100 }]));
      await applyReport.execute(first);
      await applyReport.execute(correction);
      await applyReport.execute(
        testReport('44021', 'PJ1-INTERIM', 4, [
          { indicatorCode: 'A05', achieved: 1500 },
          { indicatorCode: 'A02', achieved: 0 },
        ]),
      );

      expect(await statuses('44021')).toEqual([
        // 0 of 1 at the interim review is below 25% of the target: at risk, the flag open.
        {
          indicatorCode: 'A02',
          periodCode: 'PJ1-INTERIM',
          achieved: 0,
          target: 1,
          expected: interimExpected(1),
          status: 'at-risk',
          reportVersion: 4,
          atRiskFlag: expect.objectContaining({ state: 'open', periodCode: 'PJ1-INTERIM', achieved: 0, target: 1, reportVersion: 4 }),
        },
        // Version 4 reported the same figure again: it counts, the status stays.
        {
          indicatorCode: 'A05',
          periodCode: 'PJ1-INTERIM',
          achieved: 1500,
          target: 2000,
          expected: 997.26,
          status: 'on-track',
          reportVersion: 4,
          atRiskFlag: null,
        },
      ]);
      // 1500 replaced 600 rather than being added to it.
      expect(await figureOf(1, 'A05')).toMatchObject({
        planned: 3000,
        realised: 1500,
        governments: 2,
        governmentsReported: 1,
        percentReached: 50,
      });
      const changes = await statusChanges('44021');
      expect(changes.map((event) => [event.payload.indicatorCode, event.payload.previousStatus, event.payload.status])).toEqual([
        ['A05', 'not-reported', 'lagging'],
        ['A05', 'lagging', 'on-track'],
        ['A02', 'not-reported', 'at-risk'],
      ]);
      expect(changes[0]).toMatchObject({
        type: indicatorStatusChangedV2.type,
        version: 2,
        producer: 'reporting',
        key: '44021',
        correlationId: 'c-first',
        causationId: firstCause,
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
      expect(changes[1]).toMatchObject({ correlationId: 'c-correction', payload: { achieved: 1500, expected: 997.26, reportVersion: 3 } });
      // One summary per check that changed a status, listing the period's indicators behind.
      const summaries = await reporting.outbox<PeriodStatusSummarisedV1>(periodStatusSummarisedV1.type);
      expect(
        summaries.map(({ correlationId, payload }) => [correlationId, payload.reportVersion, payload.lagging, payload.atRisk]),
      ).toEqual([
        ['c-first', 1, [{ indicatorCode: 'A05', achieved: 600, target: 2000, expected: 997.26 }], []],
        ['c-correction', 3, [], []],
        [expect.any(String), 4, [], [{ indicatorCode: 'A02', achieved: 0, target: 1, expected: interimExpected(1) }]],
      ]);
      expect(summaries[2]!.payload).toMatchObject({
        governmentCode: '44021',
        periodCode: 'PJ1-INTERIM',
        cause: 'report',
        notReported: [],
        indicatorCount: 2,
      });
    });

    it('counts a government with its latest period; refuses a report on an indicator without a target, leaving nothing of it', async () => {
      await recordTargets.execute(decision('44021', 1, [{ indicatorCode: 'A05', target: 2000 }]));
      await applyReport.execute(testReport('44021', 'PJ1-INTERIM', 1, [{ indicatorCode: 'A05', achieved: 1500 }]));
      const unplanned = testReport('44021', 'PJ1-ANNUAL', 1, [
        { indicatorCode: 'A05', achieved: 1700 },
        { indicatorCode: 'A07', achieved: 12 },
      ]);
      const refused = applyReport.execute(unplanned);
      await expect(refused).rejects.toThrow(RuleViolation);
      await expect(refused).rejects.toThrow(`report ${unplanned.reportId}: no committed target for 44021 / A07`);
      // The A05 line of the refused report was rolled back with it.
      expect(await figureOf(1, 'A05')).toMatchObject({ realised: 1500 });
      expect((await statuses('44021')).map((status) => status.periodCode)).toEqual(['PJ1-INTERIM']);

      await applyReport.execute(testReport('44021', 'PJ1-ANNUAL', 2, [{ indicatorCode: 'A05', achieved: 1800 }]));
      // The annual period covers the whole year: all of the target is expected by its end.
      expect((await statuses('44021')).filter((status) => status.periodCode === 'PJ1-ANNUAL')).toEqual([
        {
          indicatorCode: 'A05',
          periodCode: 'PJ1-ANNUAL',
          achieved: 1800,
          target: 2000,
          expected: 2000,
          // 1800 of the 2000 expected is 90%: within the tolerance (80%), on track.
          status: 'on-track',
          reportVersion: 2,
          atRiskFlag: null,
        },
      ]);
      // Running totals: the annual 1800 replaces the interim 1500 in the figure, it is not added to it.
      expect(await figureOf(1, 'A05')).toMatchObject({ realised: 1800, governmentsReported: 1 });
    });

    it("realised in the database is the domain rule: every government's latest figure, whatever the order reports arrive in", async () => {
      const governments = ['44021', '11002', '12025'];
      const line = fc.record({
        governmentCode: fc.constantFrom(...governments),
        periodCode: fc.constantFrom('PJ1-INTERIM', 'PJ1-ANNUAL'),
        reportVersion: fc.integer({ min: 1, max: 4 }),
        achieved: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(line, {
            minLength: 1,
            maxLength: 12,
            selector: (entry) => `${entry.governmentCode}/${entry.periodCode}/${entry.reportVersion}`,
          }),
          async (lines) => {
            await reporting.query(
              'TRUNCATE committed_target, target_commitment, indicator_result, government_figure, government_total, programme_total, ' +
                'outbox',
            );
            for (const governmentCode of governments)
              await recordTargets.execute(decision(governmentCode, 1, [{ indicatorCode: 'A05', target: 5000 }]));
            // Every report arrives, some of them twice, in the order drawn.
            for (const entry of [...lines, ...lines.slice(0, 3)])
              await applyReport.execute(
                testReport(entry.governmentCode, entry.periodCode, entry.reportVersion, [
                  { indicatorCode: 'A05', achieved: entry.achieved },
                ]),
              );
            const counted: CountedFigure[] = lines.map((entry) => ({
              ...entry,
              periodEndsOn: findReportingPeriod(entry.periodCode)!.covers[1],
            }));
            expect((await figureOf(1, 'A05'))?.realised).toBe(realisedTotal(counted));
          },
        ),
        { numRuns: 25 },
      );
    });
  });

  describe('submitting reports', () => {
    const gentOfficer = { subject: 'gent-reporter', role: 'government', organisationCode: '44021' };

    beforeAll(async () => {
      await reporting.query(
        'TRUNCATE committed_target, target_commitment, expected_return, indicator_result, indicator_total, ' +
          'government_figure, government_total, programme_total, report, at_risk_flag, outbox, audit_log',
      );
      await recordTargets.execute(
        decision('44021', 1, [
          { indicatorCode: 'A05', target: 2000 },
          { indicatorCode: 'A02', target: 1 },
        ]),
      );
    });

    const nothingWritten = async (): Promise<void> => {
      expect({
        report: await reporting.count('report'),
        audit: await reporting.count('audit_log'),
        outbox: await reporting.count('outbox'),
      }).toEqual({ report: 0, audit: 0, outbox: 0 });
    };

    it('refuses what breaks a rule, naming it, and writes nothing', async () => {
      const submit = (command: Partial<Parameters<SubmitReportHandler['execute']>[0]>) =>
        submitReport.execute({
          governmentCode: '44021',
          periodCode: 'PJ1-INTERIM',
          results: [{ indicatorCode: 'A05', achieved: 1 }],
          submittedBy: 'gent-reporter',
          ...command,
        });
      await expect(submit({ periodCode: 'PJ9-INTERIM' })).rejects.toThrow(
        new RuleViolation('periodCode: PJ9-INTERIM is geen rapporteringsperiode van Plan Samenleven'),
      );
      await expect(submit({ results: [{ indicatorCode: 'A07', achieved: 3 }] })).rejects.toThrow(
        'results[0].indicatorCode: A07 is geen goedgekeurde indicator van 44021 in projectjaar 1',
      );
      await expect(
        submit({
          results: [
            { indicatorCode: 'A05', achieved: 3 },
            { indicatorCode: 'A05', achieved: 4 },
          ],
        }),
      ).rejects.toThrow('results[1].indicatorCode: A05 komt meer dan eens voor');
      const noTargets = submit({ governmentCode: '71016' });
      await expect(noTargets).rejects.toThrow(Conflict);
      await expect(noTargets).rejects.toThrow(
        'lokaal bestuur 71016 heeft geen goedgekeurde doelstellingen in projectjaar 1 om over te rapporteren',
      );
      await nothingWritten();
    });

    it('stores, audits and announces each version in one unit of work; a correction must report every indicator again', async () => {
      const first = await reporting.as(gentOfficer, () =>
        submitReport.execute({
          governmentCode: '44021',
          periodCode: 'PJ1-INTERIM',
          results: [
            { indicatorCode: 'A05', achieved: 400, motivation: 'later gestart' },
            { indicatorCode: 'A02', achieved: null },
          ],
          submittedBy: 'gent-reporter',
        }),
      );
      expect(first).toMatchObject({ governmentCode: '44021', periodCode: 'PJ1-INTERIM', projectYear: 1, version: 1 });
      const incomplete = submitReport.execute({
        governmentCode: '44021',
        periodCode: 'PJ1-INTERIM',
        results: [{ indicatorCode: 'A05', achieved: 500 }],
        submittedBy: 'gent-reporter',
      });
      await expect(incomplete).rejects.toThrow(
        'results: A02 werd gerapporteerd in versie 1; een correctie rapporteert elke indicator opnieuw (null voor bewust nihil)',
      );
      const second = await submitReport.execute({
        governmentCode: '44021',
        periodCode: 'PJ1-INTERIM',
        results: [
          { indicatorCode: 'A05', achieved: 520 },
          { indicatorCode: 'A02', achieved: 0 },
        ],
        submittedBy: 'abb-officer',
      });
      expect(second.version).toBe(2);

      expect(await reporting.count('report')).toBe(2);
      const announced = await reporting.outbox<ReportSubmittedV2>(reportSubmittedV2.type);
      expect(
        announced.map((event) => [event.key, event.version, event.payload.reportVersion, event.payload.due, event.payload.results]),
      ).toEqual([
        [
          '44021',
          2,
          1,
          '2023-04-15',
          [
            { indicatorCode: 'A05', achieved: 400, motivation: 'later gestart' },
            { indicatorCode: 'A02', achieved: null, motivation: null },
          ],
        ],
        [
          '44021',
          2,
          2,
          '2023-04-15',
          [
            { indicatorCode: 'A05', achieved: 520, motivation: null },
            { indicatorCode: 'A02', achieved: 0, motivation: null },
          ],
        ],
      ]);
      const audit = await reporting.query<{
        object_id: string;
        actor_subject: string;
        actor_role: string;
        actor_organisation: string | null;
        after: { version: number };
      }>('SELECT object_id, actor_subject, actor_role, actor_organisation, after FROM audit_log ORDER BY occurred_at, id');
      expect(audit).toEqual([
        expect.objectContaining({
          object_id: first.reportId,
          actor_subject: 'gent-reporter',
          actor_role: 'government',
          actor_organisation: '44021',
          after: expect.objectContaining({ version: 1 }),
        }),
        // Without a caller the system is the actor.
        expect.objectContaining({
          object_id: second.reportId,
          actor_subject: 'system',
          actor_role: 'system',
          after: expect.objectContaining({ version: 2 }),
        }),
      ]);
    });

    it('numbers versions one after the other when submissions for the same period race', async () => {
      const racing = await Promise.all(
        [600, 700, 800, 900].map((achieved) =>
          submitReport.execute({
            governmentCode: '44021',
            periodCode: 'PJ1-ANNUAL',
            results: [{ indicatorCode: 'A05', achieved, motivation: 'trager dan gepland' }],
            submittedBy: 'gent-reporter',
          }),
        ),
      );
      expect(racing.map((submitted) => submitted.version).sort()).toEqual([1, 2, 3, 4]);
    });
  });
});
