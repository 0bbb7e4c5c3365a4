import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addMeasures,
  changeOf,
  compareTotals,
  emptyFigure,
  figuresFromStored,
  isNoChange,
  measureDelta,
  NO_MEASURES,
  percentOf,
  periodEndOf,
  placeOf,
  programmeDeltaOf,
  replacesCounted,
  scopesOf,
  totalsOf,
  withReport,
  withTarget,
  WHOLE_YEAR,
  type AllTotals,
  type Figure,
  type GovernmentTotalRow,
  type Measures,
  type ProgrammeTotalRow,
  type StoredReport,
} from './aggregates.js';

const INTERIM = { periodCode: 'PJ1-INTERIM', periodEndsOn: '2023-03-31' };
const ANNUAL = { periodCode: 'PJ1-ANNUAL', periodEndsOn: '2023-09-30' };
const gentA05 = emptyFigure(placeOf(1, '44021', 'A05'));

describe('one figure changing', () => {
  it('places an indicator under its action and objective, as the catalogue has them', () => {
    expect(placeOf(1, '44021', 'A09-HANDICAP')).toEqual({
      projectYear: 1,
      governmentCode: '44021',
      indicatorCode: 'A09-HANDICAP',
      actionNumber: 9,
      objectiveNumber: 4,
    });
    expect(scopesOf(placeOf(2, '44021', 'A05'))).toEqual([
      { level: 'indicator', scopeKey: 'A05' },
      { level: 'action', scopeKey: '5' },
      { level: 'objective', scopeKey: '2' },
      { level: 'year', scopeKey: WHOLE_YEAR },
    ]);
    expect(() => placeOf(1, '44021', 'A99')).toThrow('indicatorCode: A99 is not an indicator of the Plan Samenleven catalogue');
  });

  it('adds the difference of each change: a target, a report, its correction, reaching the target, dropping it', () => {
    const steps: [Figure, Measures][] = [];
    const step = (before: Figure, after: Figure): Figure => {
      steps.push([after, measureDelta(changeOf(before === gentA05 ? null : before, after))]);
      return after;
    };
    let figure = step(gentA05, withTarget(gentA05, 2000));
    figure = step(figure, withReport(figure, { ...INTERIM, reportVersion: 1, achieved: 600 }));
    figure = step(figure, withReport(figure, { ...INTERIM, reportVersion: 2, achieved: 1500 }));
    figure = step(figure, withReport(figure, { ...ANNUAL, reportVersion: 1, achieved: 2100 }));
    figure = step(figure, withTarget(figure, 2500));
    step(figure, withTarget(figure, null));
    expect(steps.map(([, delta]) => delta)).toEqual([
      { planned: 2000, realised: 0, targets: 1, targetsReported: 0, targetsReached: 0 },
      { planned: 0, realised: 600, targets: 0, targetsReported: 1, targetsReached: 0 },
      // The correction replaces 600: 900 more, not 1500.
      { planned: 0, realised: 900, targets: 0, targetsReported: 0, targetsReached: 0 },
      { planned: 0, realised: 600, targets: 0, targetsReported: 0, targetsReached: 1 },
      // A raised target the running total no longer reaches.
      { planned: 500, realised: 0, targets: 0, targetsReported: 0, targetsReached: -1 },
      // Dropped by an amendment: the figure counts nowhere any more, also not with what it reported.
      { planned: -2500, realised: -2100, targets: -1, targetsReported: -1, targetsReached: 0 },
    ]);
    // The deltas add up to what the last figure contributes: nothing.
    expect(steps.map(([, delta]) => delta).reduce(addMeasures, NO_MEASURES)).toEqual(NO_MEASURES);
  });

  it('counts a nil return as reported with nothing realised', () => {
    const planned = withTarget(gentA05, 10);
    expect(measureDelta(changeOf(planned, withReport(planned, { ...INTERIM, reportVersion: 1, achieved: null })))).toEqual({
      ...NO_MEASURES,
      targetsReported: 1,
    });
    // A target of 0 is reached by any report, a nil one too.
    const zero = withTarget(gentA05, 0);
    expect(measureDelta(changeOf(zero, withReport(zero, { ...INTERIM, reportVersion: 1, achieved: null })))).toMatchObject({
      targetsReported: 1,
      targetsReached: 1,
    });
  });

  it('counts the latest period (the annual once it exists), within it the latest version; late and repeated ones change nothing', () => {
    const interim2 = { ...INTERIM, reportVersion: 2 };
    expect(replacesCounted(null, interim2)).toBe(true);
    expect(replacesCounted(interim2, { ...INTERIM, reportVersion: 3 })).toBe(true);
    expect(replacesCounted(interim2, { ...INTERIM, reportVersion: 2 })).toBe(false);
    expect(replacesCounted(interim2, { ...INTERIM, reportVersion: 1 })).toBe(false);
    expect(replacesCounted(interim2, { ...ANNUAL, reportVersion: 1 })).toBe(true);
    expect(replacesCounted({ ...ANNUAL, reportVersion: 1 }, { ...INTERIM, reportVersion: 7 })).toBe(false);
    const annual = withReport(withTarget(gentA05, 5), { ...ANNUAL, reportVersion: 1, achieved: 5 });
    expect(withReport(annual, { ...INTERIM, reportVersion: 9, achieved: 1 })).toBe(annual);
    expect(withTarget(annual, 5)).toBe(annual);
  });

  it('lets a government start and stop counting in the programme-wide total', () => {
    const first = { ...NO_MEASURES, planned: 10, targets: 1 };
    expect(programmeDeltaOf(NO_MEASURES, first)).toEqual({ ...first, governments: 1, governmentsReported: 0 });
    // A second target of the same government on the same action: the government already counted.
    expect(programmeDeltaOf(first, first)).toEqual({ ...first, governments: 0, governmentsReported: 0 });
    const report = { ...NO_MEASURES, targetsReported: 1, realised: 3 };
    expect(programmeDeltaOf(first, report)).toEqual({ ...report, governments: 0, governmentsReported: 1 });
    const dropped = { ...NO_MEASURES, planned: -10, targets: -1, targetsReported: -1, realised: -3 };
    expect(programmeDeltaOf(addMeasures(first, report), dropped)).toEqual({ ...dropped, governments: -1, governmentsReported: -1 });
  });

  it('gives percentages with one decimal, none when there is nothing to compare with', () => {
    expect(percentOf(600, 2000)).toBe(30);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 0)).toBeNull();
  });
});

/** The incremental model in memory, applied as the repository applies it in SQL: government rows first, then the programme rows. */
class IncrementalTotals {
  readonly figures = new Map<string, Figure>();
  private readonly government = new Map<string, GovernmentTotalRow>();
  private readonly programme = new Map<string, ProgrammeTotalRow>();

  apply(key: string, change: (figure: Figure) => Figure, place: Figure): void {
    const before = this.figures.get(key) ?? null;
    const after = change(before ?? place);
    if (after === before) return;
    this.figures.set(key, after);
    const delta = measureDelta(changeOf(before, after));
    if (isNoChange(delta)) return;
    for (const scope of scopesOf(after)) {
      const governmentKey = `${after.projectYear}/${after.governmentCode}/${scope.level}/${scope.scopeKey}`;
      const held = this.government.get(governmentKey) ?? {
        projectYear: after.projectYear,
        governmentCode: after.governmentCode,
        ...scope,
        ...NO_MEASURES,
      };
      this.government.set(governmentKey, { ...held, ...addMeasures(held, delta) });
      const programmeKey = `${after.projectYear}/${scope.level}/${scope.scopeKey}`;
      const total = this.programme.get(programmeKey) ?? {
        projectYear: after.projectYear,
        ...scope,
        ...NO_MEASURES,
        governments: 0,
        governmentsReported: 0,
      };
      const programmeDelta = programmeDeltaOf(held, delta);
      this.programme.set(programmeKey, {
        ...total,
        ...addMeasures(total, programmeDelta),
        governments: total.governments + programmeDelta.governments,
        governmentsReported: total.governmentsReported + programmeDelta.governmentsReported,
      });
    }
  }

  /** Only totals with a target in them, in the order totalsOf gives. */
  totals(): AllTotals {
    return {
      programme: [...this.programme.values()].filter((row) => row.targets > 0).sort(compareTotals),
      government: [...this.government.values()].filter((row) => row.targets > 0).sort(compareTotals),
    };
  }
}

const GOVERNMENTS = ['44021', '11002', '12025'];
// A05 alone on its action; the A09 subgroups share action 9; A02 and A05 are in different objectives.
const INDICATORS = ['A05', 'A02', 'A09-NIEUWKOMERS', 'A09-HANDICAP'];
const PERIODS = ['PJ1-INTERIM', 'PJ1-ANNUAL', 'PJ2-INTERIM'];

type Operation =
  | { kind: 'target'; governmentCode: string; projectYear: number; indicatorCode: string; target: number | null }
  | { kind: 'report'; report: StoredReport };

const reportArbitrary = fc.record({
  governmentCode: fc.constantFrom(...GOVERNMENTS),
  periodCode: fc.constantFrom(...PERIODS),
  version: fc.integer({ min: 1, max: 4 }),
  results: fc.uniqueArray(
    fc.record({ indicatorCode: fc.constantFrom(...INDICATORS), achieved: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }) }),
    { minLength: 1, maxLength: 3, selector: (line) => line.indicatorCode },
  ),
});

const streamArbitrary = fc
  .tuple(
    fc.array(
      fc.record({
        governmentCode: fc.constantFrom(...GOVERNMENTS),
        projectYear: fc.constantFrom(1, 2),
        indicatorCode: fc.constantFrom(...INDICATORS),
        target: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null, freq: 5 }),
      }),
      { maxLength: 15 },
    ),
    // One content per government, period and version, as submission guarantees.
    fc.uniqueArray(reportArbitrary, {
      maxLength: 15,
      selector: (report) => `${report.governmentCode}/${report.periodCode}/${report.version}`,
    }),
    fc.array(fc.nat(), { maxLength: 8 }),
  )
  .chain(([targets, reports, repeats]) => {
    const stored: StoredReport[] = reports.map((report) => ({ ...report, projectYear: Number(report.periodCode[2]) }));
    const operations: Operation[] = [
      ...targets.map((target) => ({ kind: 'target' as const, ...target })),
      ...stored.map((report) => ({ kind: 'report' as const, report })),
    ];
    // Duplicates: some reports delivered again.
    const duplicates =
      stored.length === 0 ? [] : repeats.map((index) => ({ kind: 'report' as const, report: stored[index % stored.length]! }));
    return fc.shuffledSubarray([...operations, ...duplicates], { minLength: operations.length + duplicates.length }).map((shuffled) => ({
      shuffled,
      stored,
    }));
  });

const figureKey = (projectYear: number, governmentCode: string, indicatorCode: string): string =>
  `${projectYear}/${governmentCode}/${indicatorCode}`;

const replay = (operations: readonly Operation[]): IncrementalTotals => {
  const model = new IncrementalTotals();
  for (const operation of operations) {
    if (operation.kind === 'target') {
      const { projectYear, governmentCode, indicatorCode, target } = operation;
      model.apply(
        figureKey(projectYear, governmentCode, indicatorCode),
        (figure) => withTarget(figure, target),
        emptyFigure(placeOf(projectYear, governmentCode, indicatorCode)),
      );
    } else {
      const { report } = operation;
      for (const line of report.results)
        model.apply(
          figureKey(report.projectYear, report.governmentCode, line.indicatorCode),
          (figure) =>
            withReport(figure, {
              periodCode: report.periodCode,
              periodEndsOn: periodEndOf(report.periodCode),
              reportVersion: report.version,
              achieved: line.achieved,
            }),
          emptyFigure(placeOf(report.projectYear, report.governmentCode, line.indicatorCode)),
        );
    }
  }
  return model;
};

describe('incremental totals', () => {
  it('equal the recomputation from the stored targets and reports, whatever the order, duplicates and late versions', () => {
    fc.assert(
      fc.property(streamArbitrary, ({ shuffled, stored }) => {
        const model = replay(shuffled);
        const finalTargets = [...model.figures.values()]
          .filter((figure) => figure.target !== null)
          .map(({ governmentCode, projectYear, indicatorCode, target }) => ({
            governmentCode,
            projectYear,
            indicatorCode,
            target: target!,
          }));
        const recomputed = totalsOf(figuresFromStored(finalTargets, stored));
        expect(model.totals()).toEqual(recomputed);
        expect(totalsOf([...model.figures.values()])).toEqual(recomputed);
      }),
      { numRuns: 300 },
    );
  });

  it('add up at every level: over governments, the indicators of an action, the actions of an objective, the objectives of a year', () => {
    fc.assert(
      fc.property(streamArbitrary, ({ shuffled }) => {
        const { programme, government } = replay(shuffled).totals();
        const sum = (rows: Measures[]): Measures => rows.reduce<Measures>((total, row) => addMeasures(total, row), NO_MEASURES);
        const measures = ({ planned, realised, targets, targetsReported, targetsReached }: Measures): Measures => ({
          planned,
          realised,
          targets,
          targetsReported,
          targetsReached,
        });
        for (const total of programme) {
          const ofGovernments = government.filter(
            (row) => row.projectYear === total.projectYear && row.level === total.level && row.scopeKey === total.scopeKey,
          );
          expect(sum(ofGovernments)).toEqual(measures(total));
          expect(total.governments).toBe(ofGovernments.length);
          expect(total.governmentsReported).toBe(ofGovernments.filter((row) => row.targetsReported > 0).length);
          expect(total.targetsReached).toBeLessThanOrEqual(total.targetsReported);
          expect(total.targetsReported).toBeLessThanOrEqual(total.targets);
          expect(total.governmentsReported).toBeLessThanOrEqual(total.governments);
        }
        const ofYear = (projectYear: number, level: string) =>
          programme.filter((row) => row.projectYear === projectYear && row.level === level);
        for (const projectYear of [1, 2]) {
          const year = ofYear(projectYear, 'year')[0];
          const expected = year ? measures(year) : NO_MEASURES;
          for (const level of ['indicator', 'action', 'objective']) expect(sum(ofYear(projectYear, level).map(measures))).toEqual(expected);
          // The A09 subgroups make up action 9.
          const action9 = ofYear(projectYear, 'action').find((row) => row.scopeKey === '9');
          const a09 = ofYear(projectYear, 'indicator').filter((row) => row.scopeKey.startsWith('A09-'));
          expect(sum(a09.map(measures))).toEqual(action9 ? measures(action9) : NO_MEASURES);
        }
      }),
      { numRuns: 200 },
    );
  });
});
