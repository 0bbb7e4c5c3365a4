import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { reportSubmittedV1, type ReportSubmittedV1, type TargetsCommittedV3 } from '#contracts';
import { committedTarget, startUseCasesUnderTest, testTargetsCommitted, type UseCasesUnderTest } from '#testing';
import { sourceScriptArgs } from '../../../scripts/run-from-source/source-script.js';
import { ApplyReportHandler } from '../src/application/apply-report/apply-report.handler.js';
import { ExportFiguresHandler } from '../src/application/export-figures/export-figures.handler.js';
import { GetFiguresHandler, type FigureView } from '../src/application/get-figures/get-figures.handler.js';
import { RebuildFiguresHandler } from '../src/application/rebuild-figures/rebuild-figures.handler.js';
import { RebuildStatusesHandler } from '../src/application/rebuild-figures/rebuild-statuses.handler.js';
import { RecordTargetsHandler } from '../src/application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from '../src/application/submit-report/submit-report.handler.js';
import {
  compareTotals,
  FIGURE_LEVELS,
  figuresFromStored,
  totalsOf,
  type AllTotals,
  type Figure,
  type StoredReport,
  type StoredTarget,
} from '../src/domain/aggregates.js';
import { FiguresRepository } from '../src/infrastructure/figures.repository.js';
import { reportingManifest } from '../src/reporting.manifest.js';

const GOVERNMENTS = ['44021', '11002', '12025', 'VGC'];
// A05 alone on action 5 (objective 2); A02 on action 2 (objective 1); two A09 subgroups share action 9 (objective 4).
const INDICATORS = ['A05', 'A02', 'A09-NIEUWKOMERS', 'A09-HANDICAP'];
const PERIODS = ['PJ1-INTERIM', 'PJ1-ANNUAL'];
const READ_MODELS = 'government_figure, government_total, programme_total';
const STATUSES = 'indicator_result, at_risk_flag';
const EVERYTHING =
  'committed_target, target_commitment, expected_return, return_deadline, indicator_total, ' +
  `${READ_MODELS}, ${STATUSES}, report, outbox, audit_log`;

const decision = (
  governmentCode: string,
  targets: Record<string, number>,
  options: { applicationId: string; decisionId: string; revision: number },
): TargetsCommittedV3 =>
  testTargetsCommitted(
    governmentCode,
    1,
    Object.entries(targets).map(([indicatorCode, target]) => committedTarget(indicatorCode, { approvedAdditionalReach: target })),
    options,
  );

describe('aggregation read models on a real database', () => {
  let reporting: UseCasesUnderTest;
  let recordTargets: RecordTargetsHandler;
  let applyReport: ApplyReportHandler;
  let submitReport: SubmitReportHandler;
  let figures: FiguresRepository;

  /** Every total and figure as the incremental updates left them. */
  const live = async (): Promise<AllTotals & { figures: Figure[] }> => {
    const programme = [];
    const government = [];
    for (const projectYear of [1, 2, 3])
      for (const level of FIGURE_LEVELS) {
        programme.push(...(await figures.programmeTotals(projectYear, level)).map(({ updatedAt: _, ...row }) => row));
        government.push(...(await figures.governmentTotals(projectYear, level)).map(({ updatedAt: _, ...row }) => row));
      }
    return { programme: programme.sort(compareTotals), government: government.sort(compareTotals), figures: await figures.allFigures() };
  };

  /** Every status and at-risk flag row as the live target check left them, all columns. */
  const statusRows = async () => ({
    results: await reporting.query<Record<string, unknown>>(
      'SELECT * FROM indicator_result ORDER BY government_code, project_year, period_code, indicator_code',
    ),
    flags: await reporting.query<Record<string, unknown>>(
      'SELECT * FROM at_risk_flag ORDER BY government_code, project_year, indicator_code',
    ),
  });

  /** The recomputation from the stored rows: committed targets and every stored report version. */
  const recomputed = async (): Promise<AllTotals> => {
    const targets = await reporting.query<StoredTarget>(
      `SELECT government_code AS "governmentCode", project_year AS "projectYear", indicator_code AS "indicatorCode", target
       FROM committed_target`,
    );
    const reports = await reporting.query<StoredReport>(
      `SELECT government_code AS "governmentCode", project_year AS "projectYear", period_code AS "periodCode", version, results
       FROM report`,
    );
    return totalsOf(figuresFromStored(targets, reports));
  };

  beforeAll(async () => {
    reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'reporting_aggregation_db' });
    recordTargets = reporting.get(RecordTargetsHandler);
    applyReport = reporting.get(ApplyReportHandler);
    submitReport = reporting.get(SubmitReportHandler);
    figures = reporting.get(FiguresRepository);
  });

  afterAll(async () => {
    await reporting?.stop();
  });

  beforeEach(async () => {
    await reporting.query(`TRUNCATE ${EVERYTHING}`);
  });

  const submit = (governmentCode: string, periodCode: string, results: Record<string, number | null>) =>
    submitReport.execute({
      governmentCode,
      periodCode,
      results: Object.entries(results).map(([indicatorCode, achieved]) => ({ indicatorCode, achieved, motivation: 'toelichting' })),
      submittedBy: `${governmentCode}-reporter`,
    });

  /** The report-submitted events in the outbox not delivered yet, as the consumer would get them. */
  let delivered = 0;
  const undelivered = async (): Promise<ReportSubmittedV1[]> => {
    const events = (await reporting.outbox<ReportSubmittedV1>(reportSubmittedV1.type)).map((event) => event.payload);
    const fresh = events.slice(delivered);
    delivered = events.length;
    return fresh;
  };

  it('sums per indicator, action, objective and year, per government and programme-wide, counting a government once', async () => {
    const gent = { applicationId: randomUUID(), decisionId: randomUUID(), revision: 1 };
    await recordTargets.execute(decision('44021', { A05: 2000, 'A09-NIEUWKOMERS': 100, 'A09-HANDICAP': 50 }, gent));
    await recordTargets.execute(decision('11002', { A05: 1000 }, { applicationId: randomUUID(), decisionId: randomUUID(), revision: 1 }));
    delivered = 0;
    await submit('44021', 'PJ1-INTERIM', { A05: 600, 'A09-NIEUWKOMERS': 100, 'A09-HANDICAP': null });
    for (const event of await undelivered()) await applyReport.execute(event);
    const get = (query: Parameters<GetFiguresHandler['execute']>[0]) => reporting.get(GetFiguresHandler).execute(query);
    const pick = (rows: FigureView[]) =>
      rows.map(
        ({
          governmentCode,
          indicatorCode,
          actionNumber,
          objectiveNumber,
          planned,
          realised,
          governments,
          governmentsReported,
          targets,
          targetsReported,
          targetsReached,
        }) => ({
          governmentCode,
          scope: indicatorCode ?? actionNumber ?? objectiveNumber ?? 'year',
          planned,
          realised,
          governments,
          governmentsReported,
          targets,
          targetsReported,
          targetsReached,
        }),
      );

    expect(pick(await get({ projectYear: 1, level: 'action' }))).toEqual([
      {
        governmentCode: null,
        scope: 5,
        planned: 3000,
        realised: 600,
        governments: 2,
        governmentsReported: 1,
        targets: 2,
        targetsReported: 1,
        targetsReached: 0,
      },
      // Two A09 targets of one government: two targets, one government; the nil return is reported, with nothing realised.
      {
        governmentCode: null,
        scope: 9,
        planned: 150,
        realised: 100,
        governments: 1,
        governmentsReported: 1,
        targets: 2,
        targetsReported: 2,
        targetsReached: 1,
      },
    ]);
    expect(pick(await get({ projectYear: 1, level: 'year' }))).toEqual([
      {
        governmentCode: null,
        scope: 'year',
        planned: 3150,
        realised: 700,
        governments: 2,
        governmentsReported: 1,
        targets: 4,
        targetsReported: 3,
        targetsReached: 1,
      },
    ]);
    expect(pick(await get({ projectYear: 1, level: 'government' }))).toEqual([
      {
        governmentCode: '11002',
        scope: 'year',
        planned: 1000,
        realised: 0,
        governments: 1,
        governmentsReported: 0,
        targets: 1,
        targetsReported: 0,
        targetsReached: 0,
      },
      {
        governmentCode: '44021',
        scope: 'year',
        planned: 2150,
        realised: 700,
        governments: 1,
        governmentsReported: 1,
        targets: 3,
        targetsReported: 3,
        targetsReached: 1,
      },
    ]);
    const gentIndicators = await get({ projectYear: 1, level: 'indicator', governmentCode: '44021' });
    expect(
      gentIndicators.map((row) => [row.indicatorCode, row.planned, row.realised, row.percentReached, row.targetsReachedPercent]),
    ).toEqual([
      ['A05', 2000, 600, 30, 0],
      ['A09-HANDICAP', 50, 0, 0, 0],
      ['A09-NIEUWKOMERS', 100, 100, 100, 100],
    ]);
    expect(gentIndicators[0]).toMatchObject({
      level: 'indicator',
      unit: 'volwassen anderstalige die deelneemt aan een oefenkans',
      actionNumber: 5,
      actionName: 'Oefenkansen Nederlands organiseren',
      objectiveNumber: 2,
      objectiveName: 'Nederlands',
    });
    expect(await get({ projectYear: 1, level: 'objective', governmentCode: '11002' })).toEqual([
      expect.objectContaining({
        governmentCode: '11002',
        objectiveNumber: 2,
        objectiveName: 'Nederlands',
        planned: 1000,
        actionNumber: null,
      }),
    ]);
    expect(await get({ projectYear: 2 })).toEqual([]);

    // An amendment drops A05 and lowers A09-HANDICAP: Gent's 600 leaves the A05 figures with its target.
    await recordTargets.execute(decision('44021', { 'A09-NIEUWKOMERS': 100, 'A09-HANDICAP': 0 }, { ...gent, revision: 2 }));
    expect(pick(await get({ projectYear: 1, level: 'action' }))).toEqual([
      {
        governmentCode: null,
        scope: 5,
        planned: 1000,
        realised: 0,
        governments: 1,
        governmentsReported: 0,
        targets: 1,
        targetsReported: 0,
        targetsReached: 0,
      },
      {
        governmentCode: null,
        scope: 9,
        planned: 100,
        realised: 100,
        governments: 1,
        governmentsReported: 1,
        targets: 2,
        targetsReported: 2,
        targetsReached: 2,
      },
    ]);
    const { programme, government } = await live();
    expect({ programme, government }).toEqual(await recomputed());
  });

  it('exports any table and any government figures as xlsx and CSV, the rows of GET /figures', async () => {
    await recordTargets.execute(decision('44021', { A05: 2000 }, { applicationId: randomUUID(), decisionId: randomUUID(), revision: 1 }));
    delivered = 0;
    await submit('44021', 'PJ1-INTERIM', { A05: 601 });
    for (const event of await undelivered()) await applyReport.execute(event);
    const exporter = reporting.get(ExportFiguresHandler);

    const csv = await exporter.execute({ projectYear: 1, level: 'indicator', format: 'csv' });
    expect(csv.fileName).toBe('cijfers-pj1-indicator.csv');
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.content.toString('utf8').split('\r\n')).toEqual([
      '\uFEFFProjectjaar;Indicator;Eenheid;Actie;Doelstelling;Gepland (som van de doelen);Gerealiseerd;% gerealiseerd;' +
        'Besturen met een doel;Besturen die rapporteerden;Doelen (bestuur x indicator);Doelen gerapporteerd;' +
        'Doelen bereikt;% doelen bereikt',
      '1;A05;volwassen anderstalige die deelneemt aan een oefenkans;5;2;2000;601;30,1;1;1;1;1;0;0',
      '',
    ]);

    const xlsx = await exporter.execute({ projectYear: 1, level: 'action', governmentCode: '44021', format: 'xlsx' });
    expect(xlsx.fileName).toBe('cijfers-pj1-action-44021.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Cijfers')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'Projectjaar',
      'Lokaal bestuur',
      'Actie',
      'Naam actie',
      'Doelstelling',
    ]);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      1,
      '44021',
      5,
      'Oefenkansen Nederlands organiseren',
      2,
      2000,
      601,
      0.301,
      1,
      1,
      1,
      1,
      0,
      0,
    ]);
    expect(sheet.getRow(2).getCell(8).numFmt).toBe('0.0%');
    expect(sheet.rowCount).toBe(2);
  });

  it('keeps totals equal to a recomputation from the stored reports after a random stream; a rebuild gives the same', async () => {
    const lineValue = fc.option(fc.integer({ min: 0, max: 2500 }), { nil: null, freq: 6 });
    const targetSet = fc
      .uniqueArray(fc.constantFrom(...INDICATORS), { minLength: 1, maxLength: 4 })
      .chain((codes) =>
        fc
          .tuple(...codes.map((code) => fc.tuple(fc.constant(code), fc.integer({ min: 0, max: 2000 }))))
          .map((entries) => Object.fromEntries(entries)),
      );
    const government = fc.record({
      governmentCode: fc.constantFrom(...GOVERNMENTS),
      // Revisions 1..n of the decision: the same indicators, other amounts (a report must find its target when it is applied).
      amounts: fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 3 }),
      targets: targetSet,
      // Per period, the versions submitted one after another (corrections), each a value per indicator.
      reports: fc.array(fc.tuple(fc.constantFrom(...PERIODS), fc.array(lineValue, { minLength: 4, maxLength: 4 })), { maxLength: 4 }),
      // A last amendment after every report was applied: it may drop indicators.
      finalTargets: fc.option(targetSet, { nil: null }),
    });
    const scenario = fc.record({
      governments: fc.uniqueArray(government, { minLength: 1, maxLength: 4, selector: (entry) => entry.governmentCode }),
      order: fc.infiniteStream(fc.nat()),
      duplicates: fc.array(fc.nat(), { maxLength: 6 }),
    });

    await fc.assert(
      fc.asyncProperty(scenario, async ({ governments, order, duplicates }) => {
        await reporting.query(`TRUNCATE ${EVERYTHING}`);
        delivered = 0;
        const shuffle = <T>(items: T[]): T[] =>
          items
            .map((item) => ({ item, rank: order.next().value as number }))
            .sort((a, b) => a.rank - b.rank)
            .map(({ item }) => item);
        const withDuplicates = <T>(items: T[]): T[] =>
          items.length === 0 ? items : [...items, ...duplicates.map((index) => items[index % items.length]!)];

        // Decisions and amendments arrive out of order and twice; the newest revision holds.
        const ids = new Map(governments.map((entry) => [entry.governmentCode, { applicationId: randomUUID(), decisionId: randomUUID() }]));
        const revisions = governments.flatMap((entry) =>
          entry.amounts.map((amount, index) =>
            decision(
              entry.governmentCode,
              Object.fromEntries(Object.keys(entry.targets).map((code) => [code, (entry.targets[code]! + amount * index) % 2500])),
              { ...ids.get(entry.governmentCode)!, revision: index + 1 },
            ),
          ),
        );
        for (const revision of shuffle(withDuplicates(revisions))) await recordTargets.execute(revision);

        // Reports and their corrections, stored as submission stores them; delivered out of order and twice.
        for (const entry of governments)
          for (const [periodCode, values] of entry.reports)
            await submit(
              entry.governmentCode,
              periodCode,
              Object.fromEntries(Object.keys(entry.targets).map((code, index) => [code, values[index]!])),
            );
        for (const event of shuffle(withDuplicates(await undelivered()))) await applyReport.execute(event);

        const lastRevision = (entry: (typeof governments)[number]) => entry.amounts.length;
        for (const entry of governments)
          if (entry.finalTargets !== null)
            await recordTargets.execute(
              decision(entry.governmentCode, entry.finalTargets, { ...ids.get(entry.governmentCode)!, revision: lastRevision(entry) + 1 }),
            );

        const before = await live();
        expect({ programme: before.programme, government: before.government }).toEqual(await recomputed());

        await reporting.get(RebuildFiguresHandler).execute();
        const rebuilt = await live();
        // Live figure rows of dropped targets with nothing reported stay (target null); the rebuild has no source for them.
        const counting = (rows: Figure[]) => rows.filter((row) => row.target !== null || row.counted !== null);
        expect({ ...rebuilt, figures: counting(rebuilt.figures) }).toEqual({ ...before, figures: counting(before.figures) });

        // The statuses and flags the live check kept (reports out of order, twice, then an amendment) are exactly what
        // a rebuild from the sources gives: it finds nothing to correct, and announces nothing.
        const statusesBefore = await statusRows();
        const announced = await reporting.count('outbox');
        expect((await reporting.get(RebuildStatusesHandler).execute()).corrected).toBe(0);
        expect(await statusRows()).toEqual(statusesBefore);
        expect(await reporting.count('outbox')).toBe(announced);
      }),
      { numRuns: 20 },
    );
  });

  it('loses no update when reports and amendments of many governments are applied at once', async () => {
    const codes = ['44021', '11002', '12025', 'VGC', 'DE-RAND', '71016', '23062', '31005'];
    const ids = codes.map(() => ({ applicationId: randomUUID(), decisionId: randomUUID() }));
    await Promise.all(
      codes.map((code, index) => recordTargets.execute(decision(code, { A05: 1000, A02: 1 }, { ...ids[index]!, revision: 1 }))),
    );
    delivered = 0;
    for (const [index, code] of codes.entries()) {
      await submit(code, 'PJ1-INTERIM', { A05: 100 + index, A02: null });
      await submit(code, 'PJ1-ANNUAL', { A05: 900 + index, A02: 1 });
    }
    const events = await undelivered();
    // Every report at once (interim and annual of one government race for the same figure) while half the governments'
    // targets are amended; then every report again, at once. (The same event is never applied twice at once: the inbox.)
    const amendments = codes
      .filter((_, index) => index % 2 === 0)
      .map((code) => decision(code, { A05: 950, A02: 1 }, { ...ids[codes.indexOf(code)]!, revision: 2 }));
    await Promise.all([
      ...events.map((event) => applyReport.execute(event)),
      ...amendments.map((amended) => recordTargets.execute(amended)),
    ]);
    await Promise.all(events.map((event) => applyReport.execute(event)));
    const { programme, government } = await live();
    expect({ programme, government }).toEqual(await recomputed());
    expect(programme.find((row) => row.level === 'year')).toMatchObject({
      planned: 4 * 1000 + 4 * 950 + 8,
      realised: 8 * 900 + 28 + 8,
      governments: 8,
      governmentsReported: 8,
      targets: 16,
      // A02 (1 of 1) is reached everywhere, A05 (900-907 of 950 or 1000) nowhere.
      targetsReached: 8,
    });
  });

  it('npm run rebuild -- reporting rebuilds the same figures, printing its progress and rate', async () => {
    for (const [index, governmentCode] of GOVERNMENTS.entries())
      await recordTargets.execute(
        decision(governmentCode, { A05: 1000 + index, A02: 1 }, { applicationId: randomUUID(), decisionId: randomUUID(), revision: 1 }),
      );
    delivered = 0;
    for (const [index, governmentCode] of GOVERNMENTS.entries()) {
      await submit(governmentCode, 'PJ1-INTERIM', { A05: 100 * index, A02: null });
      await submit(governmentCode, 'PJ1-INTERIM', { A05: 200 * index, A02: 1 });
    }
    for (const event of await undelivered()) await applyReport.execute(event);
    const before = await live();
    const statusesBefore = await statusRows();
    const announced = await reporting.count('outbox');
    // The script starts from nothing: the read models emptied as if they had never been kept.
    await reporting.query(`TRUNCATE ${READ_MODELS}, ${STATUSES}`);

    const { stdout } = await promisify(execFile)(process.execPath, [...sourceScriptArgs('scripts/rebuild.ts'), 'reporting'], {
      env: { ...process.env, REPORTING_DATABASE_URL: reporting.databaseUrl },
    });
    expect(await live()).toEqual(before);
    // Rows made again carry the time of the rebuild, a flag the time its version was submitted (not applied).
    const withoutTimes = ({ results, flags }: Awaited<ReturnType<typeof statusRows>>) => ({
      results: results.map(({ updated_at: _, ...row }) => row),
      flags: flags.map(({ raised_at: _, ...row }) => row),
    });
    const statusesAfter = await statusRows();
    expect(withoutTimes(statusesAfter)).toEqual(withoutTimes(statusesBefore));
    expect(statusesAfter.flags.map((flag) => flag.indicator_code)).toEqual(['A05', 'A05']);
    expect(await reporting.count('outbox')).toBe(announced);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('rebuilding the read models of reporting');
    const bars = lines.filter((line) => line.startsWith('['));
    expect(bars.length).toBeGreaterThanOrEqual(1);
    // 16 source rows of the figures, then the statuses of 4 governments in one project year.
    for (const bar of bars) expect(bar).toMatch(/^\[#*-*\] \d+\/(16|20) rows {2}\d+\.\d% {2}[\d,]+ rows\/s$/);
    expect(bars.at(-1)).toMatch(/^\[#{30}\] 20\/20 rows {2}100\.0% {2}/);
    expect(lines).toContain('read 8 committed targets and 8 report versions; wrote 8 government figures and 35 totals');
    // 4 governments x 2 indicators in the interim period, and the flags of the two governments below 25% on A05.
    expect(lines).toContain('checked the statuses of 4 governments x project years; corrected 10 status and flag rows (nothing announced)');
    expect(lines).toContain('project year 1: planned 4010, realised 1204, 4/4 governments reported, 4/8 targets reached');
  }, 60_000);
});
