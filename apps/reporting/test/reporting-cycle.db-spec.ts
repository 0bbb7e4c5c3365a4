import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  indicatorStatusChangedV2,
  periodStatusSummarisedV1,
  reportReviewedV1,
  reportReviewedV2,
  reportSubmittedV2,
  type IndicatorStatusChangedV2,
  type PeriodStatusSummarisedV1,
  type ReportReviewedV2,
  type ReportSubmittedV2,
  type TargetsCommittedV3,
} from '#contracts';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { ProgrammeClock } from '#platform';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { ApplyReportHandler } from '../src/application/apply-report/apply-report.handler.js';
import { ClearAtRiskFlagHandler } from '../src/application/clear-at-risk-flag/clear-at-risk-flag.handler.js';
import { GetFiguresHandler } from '../src/application/get-figures/get-figures.handler.js';
import { GetStatusesHandler } from '../src/application/get-statuses/get-statuses.handler.js';
import { ListReportsHandler } from '../src/application/list-reports/list-reports.handler.js';
import { MarkNotReportedHandler } from '../src/application/mark-not-reported/mark-not-reported.handler.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { ReviewReportHandler } from '../src/application/review-report/review-report.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import type { SubmitReportCommand } from '../src/application/submit-report/submit-report.command.js';
import { reportingManifest } from '../src/reporting.manifest.js';

const decision = (governmentCode: string, projectYear: number, targets: { indicatorCode: string; target: number }[]): TargetsCommittedV3 =>
  testTargetsCommitted(
    governmentCode,
    projectYear,
    targets.map(({ indicatorCode, target }) => committedTarget(indicatorCode, { approvedAdditionalReach: target })),
  );

/** Programme time in Brussels: noon on a calendar day. */
const onDay = (day: string): Date => new Date(`${day}T10:00:00Z`);
/** The programme clock runs on from where a test set it: a moment a little after `onDay(day)`. */
const soonAfter = (day: string): unknown => expect.stringMatching(new RegExp(`^${day}T10:00:0\\d\\.\\d{3}Z$`));
const abbReviewer = { subject: 'abb-reviewer', role: 'abb', organisationCode: null };

describe('the reporting cycle on a real database', () => {
  let reporting: UseCasesUnderTest;
  let clock: ProgrammeClock;
  let submitReport: SubmitReportHandler;
  let applyReport: ApplyReportHandler;

  const submit = (command: Partial<SubmitReportCommand> & Pick<SubmitReportCommand, 'results'>) =>
    submitReport.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM', submittedBy: 'gent-reporter', ...command });
  /** What reporting's own consumer does with the announced report: apply it to the read models. */
  const applyAnnounced = async (): Promise<void> => {
    const announced = await reporting.outbox<ReportSubmittedV2>(reportSubmittedV2.type);
    for (const event of announced) await applyReport.execute(event.payload);
  };
  const statuses = (governmentCode = '44021', projectYear = 1) =>
    reporting.get(GetStatusesHandler).execute({ governmentCode, projectYear });
  const statusOf = async (indicatorCode: string, periodCode: string) =>
    (await statuses()).find((row) => row.indicatorCode === indicatorCode && row.periodCode === periodCode);
  const changes = async () =>
    (await reporting.outbox<IndicatorStatusChangedV2>(indicatorStatusChangedV2.type)).map(({ payload }) => [
      payload.indicatorCode,
      payload.periodCode,
      payload.previousStatus,
      payload.status,
      payload.cause,
    ]);
  const summaries = async () =>
    (await reporting.outbox<PeriodStatusSummarisedV1>(periodStatusSummarisedV1.type)).map((event) => event.payload);

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_cycle_db' });
    clock = reporting.get(ProgrammeClock);
    submitReport = reporting.get(SubmitReportHandler);
    applyReport = reporting.get(ApplyReportHandler);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query(
      'TRUNCATE government_figure, government_total, programme_total, ' +
        'committed_target, target_commitment, expected_return, indicator_result, indicator_total, report, report_review, ' +
        'at_risk_flag, outbox, audit_log',
    );
    await reporting.get(RecordTargetsHandler).execute(
      decision('44021', 1, [
        { indicatorCode: 'A05', target: 2000 },
        { indicatorCode: 'A02', target: 4 },
      ]),
    );
    clock.set(onDay('2023-04-10'));
  });

  describe('submitting', () => {
    it('names every problem at once: period not started, not approved, not a whole number, no motivation on an annual report', async () => {
      clock.set(onDay('2022-09-20'));
      const refused = submit({ results: [{ indicatorCode: 'A07', achieved: 3 }] });
      await expect(refused).rejects.toThrow(RuleViolation);
      await expect(refused).rejects.toMatchObject({
        problems: [
          { field: 'periodCode', problem: 'PJ1-INTERIM begint op 2022-10-01; daarvoor valt er niets te rapporteren' },
          { field: 'results[0].indicatorCode', problem: 'A07 is geen goedgekeurde indicator van 44021 in projectjaar 1' },
        ],
      });
      clock.set(onDay('2023-09-30'));
      await expect(
        submit({
          periodCode: 'PJ1-ANNUAL',
          results: [
            { indicatorCode: 'A05', achieved: 1999 },
            { indicatorCode: 'A02', achieved: -2 },
          ],
        }),
      ).rejects.toMatchObject({
        status: 400,
        problems: [
          { field: 'results[0].motivation', problem: 'A05: 1999 ligt onder de doelstelling 2000; een jaarrapportering motiveert waarom' },
          { field: 'results[1].achieved', problem: '-2 is geen geheel getal van 0 of meer (null voor nihil)' },
        ],
      });
      expect({
        report: await reporting.count('report'),
        outbox: await reporting.count('outbox'),
        audit: await reporting.count('audit_log'),
      }).toEqual({ report: 0, outbox: 0, audit: 0 });
      // At the target, or below it with a motivation: accepted.
      const annual = await submit({
        periodCode: 'PJ1-ANNUAL',
        results: [
          { indicatorCode: 'A05', achieved: 2000 },
          { indicatorCode: 'A02', achieved: 3, motivation: 'een actieplan liep vertraging op' },
        ],
      });
      expect(annual).toMatchObject({ version: 1, due: '2023-10-15', late: false, warnings: [] });
    });

    it('accepts a report after the due date and marks it late, on the programme clock', async () => {
      clock.set(onDay('2023-04-15'));
      const onTime = await submit({ results: [{ indicatorCode: 'A05', achieved: 1200 }] });
      clock.set(onDay('2023-04-16'));
      const late = await submit({ results: [{ indicatorCode: 'A05', achieved: 1300 }] });
      expect([onTime, late].map(({ version, due, late: isLate, submittedAt }) => [version, due, isLate, submittedAt])).toEqual([
        [1, '2023-04-15', false, soonAfter('2023-04-15')],
        [2, '2023-04-15', true, soonAfter('2023-04-16')],
      ]);
      const announced = await reporting.outbox<ReportSubmittedV2>(reportSubmittedV2.type);
      expect(announced.map((event) => [event.payload.late, event.payload.submittedAt])).toEqual([
        [false, soonAfter('2023-04-15')],
        [true, soonAfter('2023-04-16')],
      ]);
      expect(
        (await reporting.get(ListReportsHandler).execute({ governmentCode: '44021' })).map((report) => [
          report.version,
          report.late,
          report.latest,
        ]),
      ).toEqual([
        [1, false, false],
        [2, true, true],
      ]);
    });

    it('warns, without refusing, about an interim figure below 25% of its target that has no motivation', async () => {
      const submitted = await submit({
        results: [
          { indicatorCode: 'A05', achieved: 499 },
          { indicatorCode: 'A02', achieved: 1 },
        ],
      });
      expect(submitted.warnings).toEqual([
        {
          field: 'results[0].motivation',
          problem:
            'A05: 499 ligt onder 25% van de doelstelling 2000; voor de voortzetting in projectjaar 3 is een motivering nodig ' +
            '(die mag volgen in een nieuwe versie vóór de tussentijdse beoordeling)',
        },
      ]);
      expect(submitted.version).toBe(1);
    });

    it('answers the same request under the same idempotency key with the same report, and refuses another request under it', async () => {
      const request = { idempotencyKey: 'gent-2023-04-10-1', results: [{ indicatorCode: 'A05', achieved: 900 }] };
      const first = await submit(request);
      const again = await submit(request);
      expect(first.replayed).toBe(false);
      expect(again).toEqual({ ...first, replayed: true });
      const other = submit({ ...request, results: [{ indicatorCode: 'A05', achieved: 901 }] });
      await expect(other).rejects.toThrow(Conflict);
      await expect(other).rejects.toThrow(
        `Idempotency-Key: gent-2023-04-10-1 was sent before with another request (report ${first.reportId}`,
      );
      // Another government may use the same key: keys are per government.
      await reporting.get(RecordTargetsHandler).execute(decision('11002', 1, [{ indicatorCode: 'A05', target: 1000 }]));
      expect((await submit({ ...request, governmentCode: '11002' })).replayed).toBe(false);
      expect(await reporting.count('report')).toBe(2);
      expect((await reporting.outbox(reportSubmittedV2.type)).length).toBe(2);
    });

    it('makes one version of two identical requests racing under one key', async () => {
      const request = { idempotencyKey: 'double-click', results: [{ indicatorCode: 'A05', achieved: 700 }] };
      const racing = await Promise.all([submit(request), submit(request), submit(request)]);
      expect(new Set(racing.map((submitted) => submitted.reportId)).size).toBe(1);
      expect(racing.map((submitted) => submitted.version)).toEqual([1, 1, 1]);
      expect(racing.filter((submitted) => !submitted.replayed)).toHaveLength(1);
      expect(await reporting.count('report')).toBe(1);
      expect(await reporting.count('audit_log')).toBe(1);
      expect((await reporting.outbox(reportSubmittedV2.type)).length).toBe(1);
    });
  });

  describe('target checks', () => {
    it('raises the at-risk flag at the interim review below 25%; ABB clearing it on the motivation re-checks the year', async () => {
      await submit({
        results: [
          { indicatorCode: 'A05', achieved: 400 },
          { indicatorCode: 'A02', achieved: 1, motivation: 'één actieplan klaar' },
        ],
      });
      clock.set(onDay('2023-09-30'));
      await submit({
        periodCode: 'PJ1-ANNUAL',
        results: [
          { indicatorCode: 'A05', achieved: 1700, motivation: 'inhaalbeweging' },
          { indicatorCode: 'A02', achieved: 4 },
        ],
      });
      await applyAnnounced();
      // A05: 400 of 2000 is 20%: at risk, winning over lagging at the interim and over on track (1700 of 2000) at year end.
      // A02: 1 of 4 is exactly 25%: no flag; lagging at the interim (1 of 1.99 expected), achieved at year end.
      expect(
        (await statuses()).map(({ indicatorCode, periodCode, status, atRiskFlag }) => [
          indicatorCode,
          periodCode,
          status,
          atRiskFlag?.state ?? null,
        ]),
      ).toEqual([
        ['A02', 'PJ1-INTERIM', 'lagging', null],
        ['A02', 'PJ1-ANNUAL', 'achieved', null],
        ['A05', 'PJ1-INTERIM', 'at-risk', 'open'],
        ['A05', 'PJ1-ANNUAL', 'at-risk', 'open'],
      ]);
      expect(await changes()).toEqual([
        ['A02', 'PJ1-INTERIM', 'not-reported', 'lagging', 'report'],
        ['A05', 'PJ1-INTERIM', 'not-reported', 'at-risk', 'report'],
        ['A02', 'PJ1-ANNUAL', 'not-reported', 'achieved', 'report'],
        ['A05', 'PJ1-ANNUAL', 'not-reported', 'at-risk', 'report'],
      ]);

      clock.set(onDay('2023-10-20'));
      const clear = reporting.get(ClearAtRiskFlagHandler);
      const command = {
        governmentCode: '44021',
        projectYear: 1,
        indicatorCode: 'A05',
        motivationAccepted: true,
        reason: 'Vertraagde opstart; het inhaalplan is overtuigend.',
        clearedBy: 'abb-reviewer',
      };
      await expect(clear.execute({ ...command, motivationAccepted: false, reason: ' ' })).rejects.toMatchObject({
        problems: [
          { field: 'motivationAccepted', problem: 'only an accepted motivation clears the flag; a refused one leaves it open' },
          { field: 'reason', problem: 'says why the motivation is accepted' },
        ],
      });
      await expect(clear.execute({ ...command, indicatorCode: 'A02' })).rejects.toThrow(NotFound);
      const cleared = await reporting.as(abbReviewer, () => clear.execute(command));
      expect(cleared.flag).toMatchObject({
        state: 'cleared',
        clearedBy: 'abb-reviewer',
        clearedAt: soonAfter('2023-10-20'),
        achieved: 400,
      });
      expect(cleared.changes).toEqual([
        { indicatorCode: 'A05', periodCode: 'PJ1-INTERIM', previousStatus: 'at-risk', status: 'lagging' },
        { indicatorCode: 'A05', periodCode: 'PJ1-ANNUAL', previousStatus: 'at-risk', status: 'on-track' },
      ]);
      expect((await changes()).slice(4)).toEqual([
        ['A05', 'PJ1-INTERIM', 'at-risk', 'lagging', 'motivation-accepted'],
        ['A05', 'PJ1-ANNUAL', 'at-risk', 'on-track', 'motivation-accepted'],
      ]);
      const after = (await summaries()).filter((summary) => summary.cause === 'motivation-accepted');
      expect(after.map(({ periodCode, lagging, atRisk }) => [periodCode, lagging.map((row) => row.indicatorCode), atRisk])).toEqual([
        ['PJ1-ANNUAL', [], []],
        ['PJ1-INTERIM', ['A02', 'A05'], []],
      ]);
      const audit = await reporting.query<{ action: string; object_id: string; actor_subject: string }>(
        "SELECT action, object_id, actor_subject FROM audit_log WHERE action = 'clear-at-risk-flag'",
      );
      expect(audit).toEqual([{ action: 'clear-at-risk-flag', object_id: '44021/1/A05', actor_subject: 'abb-reviewer' }]);
      await expect(clear.execute(command)).rejects.toThrow(Conflict);
    });

    it('takes the flag away when a corrected interim figure reaches 25% exactly', async () => {
      await submit({ results: [{ indicatorCode: 'A05', achieved: 499 }] });
      await applyAnnounced();
      expect(await statusOf('A05', 'PJ1-INTERIM')).toMatchObject({ status: 'at-risk', atRiskFlag: { state: 'open', achieved: 499 } });
      await reporting.query('TRUNCATE outbox');
      await submit({ results: [{ indicatorCode: 'A05', achieved: 500 }] });
      await applyAnnounced();
      expect(await statusOf('A05', 'PJ1-INTERIM')).toMatchObject({ status: 'lagging', atRiskFlag: null, reportVersion: 2 });
      expect(await changes()).toEqual([['A05', 'PJ1-INTERIM', 'at-risk', 'lagging', 'report']]);
    });

    it('records not reported when the due date passes, announces the summary once, and a late report replaces it', async () => {
      await submit({ results: [{ indicatorCode: 'A05', achieved: 1000 }] });
      await applyAnnounced();
      const markNotReported = reporting.get(MarkNotReportedHandler);
      await expect(markNotReported.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' })).rejects.toThrow(
        'periodCode: PJ1-INTERIM is due on 2023-04-15; on 2023-04-10 it is not overdue yet',
      );
      clock.set(onDay('2023-04-16'));
      expect(await markNotReported.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' })).toEqual({
        governmentCode: '44021',
        periodCode: 'PJ1-INTERIM',
        notReported: ['A02'],
      });
      // Once more (a second instance, a redelivery): nothing new.
      expect((await markNotReported.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' })).notReported).toEqual([]);
      expect(await statusOf('A02', 'PJ1-INTERIM')).toEqual({
        indicatorCode: 'A02',
        periodCode: 'PJ1-INTERIM',
        achieved: null,
        target: 4,
        expected: 1.99,
        status: 'not-reported',
        reportVersion: null,
        atRiskFlag: null,
      });
      const dueDate = (await summaries()).filter((summary) => summary.cause === 'due-date');
      expect(dueDate).toEqual([
        {
          governmentCode: '44021',
          projectYear: 1,
          periodCode: 'PJ1-INTERIM',
          cause: 'due-date',
          reportVersion: 1,
          lagging: [],
          atRisk: [],
          notReported: ['A02'],
          indicatorCount: 2,
          checkedAt: soonAfter('2023-04-16'),
        },
      ]);
      // Without a figure the status already was not reported: nothing changed, nothing announced per indicator.
      expect((await changes()).filter(([code]) => code === 'A02')).toEqual([]);

      await reporting.query('TRUNCATE outbox');
      const late = await submit({
        results: [
          { indicatorCode: 'A05', achieved: 1000 },
          { indicatorCode: 'A02', achieved: 2 },
        ],
      });
      expect(late).toMatchObject({ version: 2, late: true });
      await applyAnnounced();
      // 2 of 4, with 1.99 expected by the end of March: on track.
      expect(await statusOf('A02', 'PJ1-INTERIM')).toMatchObject({ status: 'on-track', reportVersion: 2 });
      expect(await changes()).toEqual([['A02', 'PJ1-INTERIM', 'not-reported', 'on-track', 'report']]);
    });

    it('counts nothing for an indicator not reported by the due date: the figures keep the latest reported total', async () => {
      await submit({ results: [{ indicatorCode: 'A05', achieved: 1000 }] });
      await applyAnnounced();
      clock.set(onDay('2023-10-16'));
      expect(
        (await reporting.get(MarkNotReportedHandler).execute({ governmentCode: '44021', periodCode: 'PJ1-ANNUAL' })).notReported,
      ).toEqual(['A02', 'A05']);
      // Another government's report refreshes A05's programme-wide figure.
      await reporting.get(RecordTargetsHandler).execute(decision('11002', 1, [{ indicatorCode: 'A05', target: 1000 }]));
      await submit({ governmentCode: '11002', results: [{ indicatorCode: 'A05', achieved: 300 }] });
      await applyAnnounced();
      const [a05] = (await reporting.get(GetFiguresHandler).execute({ projectYear: 1 })).filter((figure) => figure.indicatorCode === 'A05');
      expect(a05).toMatchObject({ planned: 3000, realised: 1300, governments: 2, governmentsReported: 2 });
    });
  });

  describe('reviews', () => {
    it('requests changes with comments, the government answers with a new version, an outdated version is not reviewed', async () => {
      const first = await submit({ results: [{ indicatorCode: 'A05', achieved: 900 }] });
      const review = reporting.get(ReviewReportHandler);
      await expect(
        review.execute({ reportId: first.reportId, outcome: 'changes-requested', comments: [], reviewedBy: 'abb' }),
      ).rejects.toThrow('comments: a request for changes names at least one indicator and what to change');
      await expect(
        review.execute({
          reportId: first.reportId,
          outcome: 'changes-requested',
          comments: [{ indicatorCode: 'A02', comment: 'Waar?' }],
          reviewedBy: 'abb',
        }),
      ).rejects.toThrow('comments[0].indicatorCode: A02 is not an indicator of the reviewed report (A05)');
      clock.set(onDay('2023-04-20'));
      const requested = await reporting.as(abbReviewer, () =>
        review.execute({
          reportId: first.reportId,
          outcome: 'changes-requested',
          comments: [{ indicatorCode: 'A05', comment: 'Graag de telling per lessenreeks toelichten.' }],
          reviewedBy: 'abb-reviewer',
        }),
      );
      expect(requested).toEqual({
        reportId: first.reportId,
        reportVersion: 1,
        outcome: 'changes-requested',
        comments: [{ indicatorCode: 'A05', comment: 'Graag de telling per lessenreeks toelichten.' }],
        motivationsNotAccepted: [],
        reviewedBy: 'abb-reviewer',
        reviewedAt: soonAfter('2023-04-20'),
      });
      await expect(review.execute({ reportId: first.reportId, outcome: 'accepted', comments: [], reviewedBy: 'abb' })).rejects.toThrow(
        'reportId: version 1 was reviewed already (changes-requested)',
      );
      const reports = reporting.get(ListReportsHandler);
      expect((await reports.one(first.reportId))?.review).toEqual(requested);

      const second = await submit({ results: [{ indicatorCode: 'A05', achieved: 950, motivation: 'telling per reeks: 12 reeksen' }] });
      const outdated = review.execute({ reportId: first.reportId, outcome: 'accepted', comments: [], reviewedBy: 'abb' });
      await expect(outdated).rejects.toThrow(Conflict);
      await expect(outdated).rejects.toThrow(`reportId: version 1 of 44021 PJ1-INTERIM is outdated; review version 2 (${second.reportId})`);
      await review.execute({ reportId: second.reportId, outcome: 'accepted', comments: [], reviewedBy: 'abb-reviewer' });

      expect(
        (await reports.execute({ governmentCode: '44021', periodCode: 'PJ1-INTERIM' })).map((report) => [
          report.version,
          report.latest,
          report.review?.outcome ?? null,
        ]),
      ).toEqual([
        [1, false, 'changes-requested'],
        [2, true, 'accepted'],
      ]);
      const announced = await reporting.outbox<ReportReviewedV2>(reportReviewedV2.type);
      // v2 only: v1 stays in the catalogue for the reviews still in the log, but is no longer published.
      expect(announced.map((event) => event.version)).toEqual([2, 2]);
      expect(reportReviewedV1.type).toBe(reportReviewedV2.type);
      expect(announced.map(({ key, payload }) => [key, payload.reportVersion, payload.outcome, payload.comments.length])).toEqual([
        ['44021', 1, 'changes-requested', 1],
        ['44021', 2, 'accepted', 0],
      ]);
      // A request for changes judges no motivation; the accepted version's motivation counts as accepted.
      expect(announced.map(({ payload }) => payload.lines)).toEqual([
        [
          {
            indicatorCode: 'A05',
            currentReach: 0,
            approvedAdditionalReach: 2000,
            target: 2000,
            realised: 900,
            motivation: null,
            motivationAccepted: null,
          },
        ],
        [
          {
            indicatorCode: 'A05',
            currentReach: 0,
            approvedAdditionalReach: 2000,
            target: 2000,
            realised: 950,
            motivation: 'telling per reeks: 12 reeksen',
            motivationAccepted: true,
          },
        ],
      ]);
      expect(await reporting.count('report_review')).toBe(2);
      await expect(
        review.execute({ reportId: '00000000-0000-4000-8000-000000000000', outcome: 'accepted', comments: [], reviewedBy: 'abb' }),
      ).rejects.toThrow(NotFound);
    });

    it('accepts an annual report naming the motivations it refuses: every indicator with target, realised and verdict', async () => {
      await reporting.query('TRUNCATE committed_target, target_commitment');
      await reporting
        .get(RecordTargetsHandler)
        .execute(
          testTargetsCommitted('44021', 1, [
            committedTarget('A05', { currentReach: 500, approvedAdditionalReach: 1500 }),
            committedTarget('A02', { approvedAdditionalReach: 4 }),
            committedTarget('A07', { currentReach: 2, approvedAdditionalReach: 8 }),
          ]),
        );
      clock.set(onDay('2023-09-30'));
      const annual = await submit({
        periodCode: 'PJ1-ANNUAL',
        results: [
          { indicatorCode: 'A05', achieved: 1400, motivation: ' Twee lessenreeksen vielen weg. ' },
          { indicatorCode: 'A02', achieved: null, motivation: 'Geen opstart.' },
          { indicatorCode: 'A07', achieved: 12 },
        ],
      });
      const review = reporting.get(ReviewReportHandler);
      const refused = review.execute({
        reportId: annual.reportId,
        outcome: 'changes-requested',
        comments: [{ indicatorCode: 'A05', comment: 'Graag per reeks.' }],
        motivationsNotAccepted: ['A05', 'A07', 'A09'],
        reviewedBy: 'abb',
      });
      await expect(refused).rejects.toThrow(RuleViolation);
      await expect(refused).rejects.toMatchObject({
        status: 400,
        problems: [
          {
            field: 'motivationsNotAccepted',
            problem: 'only an acceptance judges motivations; a request for changes leaves them to the next version',
          },
          { field: 'motivationsNotAccepted[1]', problem: 'A07 carries no motivation in the reviewed report; there is nothing to refuse' },
          { field: 'motivationsNotAccepted[2]', problem: 'A09 is not an indicator of the reviewed report (A02, A05, A07)' },
        ],
      });
      expect(await reporting.count('report_review')).toBe(0);
      expect(await reporting.outbox(reportReviewedV2.type)).toEqual([]);

      const accepted = await review.execute({
        reportId: annual.reportId,
        outcome: 'accepted',
        comments: [],
        motivationsNotAccepted: ['A05'],
        reviewedBy: 'abb-reviewer',
      });
      expect(accepted.motivationsNotAccepted).toEqual(['A05']);
      expect((await reporting.get(ListReportsHandler).one(annual.reportId))?.review?.motivationsNotAccepted).toEqual(['A05']);
      const [event] = await reporting.outbox<ReportReviewedV2>(reportReviewedV2.type);
      expect(event?.payload).toEqual({
        reportId: annual.reportId,
        governmentCode: '44021',
        projectYear: 1,
        periodCode: 'PJ1-ANNUAL',
        periodKind: 'annual',
        reportVersion: 1,
        outcome: 'accepted',
        lines: [
          {
            indicatorCode: 'A02',
            currentReach: 0,
            approvedAdditionalReach: 4,
            target: 4,
            realised: null,
            motivation: 'Geen opstart.',
            motivationAccepted: true,
          },
          {
            indicatorCode: 'A05',
            currentReach: 500,
            approvedAdditionalReach: 1500,
            target: 2000,
            realised: 1400,
            motivation: 'Twee lessenreeksen vielen weg.',
            motivationAccepted: false,
          },
          {
            indicatorCode: 'A07',
            currentReach: 2,
            approvedAdditionalReach: 8,
            target: 10,
            realised: 12,
            motivation: null,
            motivationAccepted: null,
          },
        ],
        comments: [],
        reviewedAt: soonAfter('2023-09-30'),
      });
    });
  });
});
