import { describe, expect, it } from '@jest/globals';
import { isLate, periodStarted, programmeDay, reportProblems, reportWarnings, requestFingerprint, type ReportContext } from './report.js';

describe('reportProblems', () => {
  const targets = new Map([
    ['A05', 2000],
    ['A02', 1],
  ]);
  const interim: ReportContext = { governmentCode: '44021', projectYear: 1, kind: 'interim', targets };
  const annual: ReportContext = { ...interim, kind: 'annual' };

  it('accepts approved indicators, including a deliberate nil, and an interim figure without motivation', () => {
    expect(
      reportProblems(
        [
          { indicatorCode: 'A05', achieved: 10 },
          { indicatorCode: 'A02', achieved: null },
        ],
        interim,
      ),
    ).toEqual([]);
  });

  it('names every problem at once, each at its field', () => {
    expect(
      reportProblems(
        [
          { indicatorCode: 'A07', achieved: 3 },
          { indicatorCode: 'A05', achieved: -1 },
          { indicatorCode: 'A05', achieved: 2.5 },
          { indicatorCode: 'A02', achieved: 0 },
        ],
        { ...annual, previous: { version: 2, results: [{ indicatorCode: 'A09', achieved: 1 }] } },
      ),
    ).toEqual([
      { field: 'results[0].indicatorCode', problem: 'A07 is geen goedgekeurde indicator van 44021 in projectjaar 1' },
      { field: 'results[1].achieved', problem: '-1 is geen geheel getal van 0 of meer (null voor nihil)' },
      { field: 'results[2].indicatorCode', problem: 'A05 komt meer dan eens voor' },
      { field: 'results[2].achieved', problem: '2.5 is geen geheel getal van 0 of meer (null voor nihil)' },
      { field: 'results[3].motivation', problem: 'A02: 0 ligt onder de doelstelling 1; een jaarrapportering motiveert waarom' },
      {
        field: 'results',
        problem: 'A09 werd gerapporteerd in versie 2; een correctie rapporteert elke indicator opnieuw (null voor bewust nihil)',
      },
    ]);
  });

  it('asks an annual report to explain every figure below target (a nil too), not one at or above it', () => {
    expect(reportProblems([{ indicatorCode: 'A05', achieved: 2000 }], annual)).toEqual([]);
    expect(reportProblems([{ indicatorCode: 'A05', achieved: 1999, motivation: '  ' }], annual)).toEqual([
      { field: 'results[0].motivation', problem: 'A05: 1999 ligt onder de doelstelling 2000; een jaarrapportering motiveert waarom' },
    ]);
    expect(reportProblems([{ indicatorCode: 'A02', achieved: null }], annual)).toEqual([
      { field: 'results[0].motivation', problem: 'A02: nihil ligt onder de doelstelling 1; een jaarrapportering motiveert waarom' },
    ]);
    expect(reportProblems([{ indicatorCode: 'A05', achieved: 10, motivation: 'later gestart' }], annual)).toEqual([]);
  });

  it('lets a correction report every indicator of the previous version again, and more', () => {
    const previous = { version: 1, results: [{ indicatorCode: 'A05', achieved: 10 }] };
    expect(
      reportProblems(
        [
          { indicatorCode: 'A02', achieved: 0 },
          { indicatorCode: 'A05', achieved: 12 },
        ],
        { ...interim, previous },
      ),
    ).toEqual([]);
  });
});

describe('reportWarnings', () => {
  const targets = new Map([
    ['A05', 2000],
    ['A02', 1],
  ]);

  it('asks an interim figure below 25% of its target for a motivation, exactly 25% not', () => {
    expect(
      reportWarnings(
        [
          { indicatorCode: 'A05', achieved: 499 },
          { indicatorCode: 'A02', achieved: null },
        ],
        { kind: 'interim', targets },
      ).map((warning) => warning.field),
    ).toEqual(['results[0].motivation', 'results[1].motivation']);
    expect(reportWarnings([{ indicatorCode: 'A02', achieved: null }], { kind: 'interim', targets })).toEqual([
      {
        field: 'results[0].motivation',
        problem:
          'A02: nihil ligt onder 25% van de doelstelling 1; voor de voortzetting in projectjaar 3 is een motivering nodig ' +
          '(die mag volgen in een nieuwe versie vóór de tussentijdse beoordeling)',
      },
    ]);
    expect(reportWarnings([{ indicatorCode: 'A05', achieved: 500 }], { kind: 'interim', targets })).toEqual([]);
    expect(reportWarnings([{ indicatorCode: 'A05', achieved: 10, motivation: 'later gestart' }], { kind: 'interim', targets })).toEqual([]);
    expect(reportWarnings([{ indicatorCode: 'A05', achieved: 10 }], { kind: 'annual', targets })).toEqual([]);
  });
});

describe('programme days', () => {
  it('reads dates on the Belgian calendar: late from the day after the due date', () => {
    expect(programmeDay(new Date('2023-04-15T21:59:59Z'))).toBe('2023-04-15');
    expect(programmeDay(new Date('2023-04-15T22:00:00Z'))).toBe('2023-04-16');
    expect(isLate(new Date('2023-04-15T21:59:59Z'), '2023-04-15')).toBe(false);
    expect(isLate(new Date('2023-04-15T22:00:00Z'), '2023-04-15')).toBe(true);
    expect(periodStarted(new Date('2022-09-30T21:59:59Z'), '2022-10-01')).toBe(false);
    expect(periodStarted(new Date('2022-09-30T22:00:00Z'), '2022-10-01')).toBe(true);
  });
});

describe('requestFingerprint', () => {
  it('is the same for the same request in another line order, and differs for another figure', () => {
    const a = requestFingerprint('44021', 'PJ1-INTERIM', [
      { indicatorCode: 'A05', achieved: 1 },
      { indicatorCode: 'A02', achieved: null },
    ]);
    const b = requestFingerprint('44021', 'PJ1-INTERIM', [
      { indicatorCode: 'A02', achieved: null },
      { indicatorCode: 'A05', achieved: 1 },
    ]);
    expect(a).toBe(b);
    expect(requestFingerprint('44021', 'PJ1-INTERIM', [{ indicatorCode: 'A05', achieved: 2 }])).not.toBe(a);
  });
});
