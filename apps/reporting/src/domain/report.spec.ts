import { describe, expect, it } from '@jest/globals';
import { checkCorrectionCovers, checkReportLines } from './report.js';

describe('checkReportLines', () => {
  const approved = new Set(['A05', 'A02']);

  it('accepts approved indicators, including a deliberate nil', () => {
    expect(() =>
      checkReportLines(
        [
          { indicatorCode: 'A05', achieved: 10 },
          { indicatorCode: 'A02', achieved: null },
        ],
        approved,
        '44021',
        1,
      ),
    ).not.toThrow();
  });

  it('names the line with an indicator the government did not commit to', () => {
    expect(() =>
      checkReportLines(
        [
          { indicatorCode: 'A05', achieved: 1 },
          { indicatorCode: 'A07', achieved: 1 },
        ],
        approved,
        '44021',
        1,
      ),
    ).toThrow('results[1].indicatorCode: A07 is not an approved indicator of 44021 in project year 1');
  });

  it('refuses an indicator reported twice', () => {
    expect(() =>
      checkReportLines(
        [
          { indicatorCode: 'A05', achieved: 1 },
          { indicatorCode: 'A05', achieved: 2 },
        ],
        approved,
        '44021',
        1,
      ),
    ).toThrow(/appears more than once/);
  });
});

describe('checkCorrectionCovers', () => {
  const previous = {
    version: 1,
    results: [
      { indicatorCode: 'A05', achieved: 600 },
      { indicatorCode: 'A02', achieved: null },
    ],
  };

  it('accepts a correction that reports every earlier indicator again, and may add one', () => {
    expect(() =>
      checkCorrectionCovers(
        [
          { indicatorCode: 'A02', achieved: 1 },
          { indicatorCode: 'A05', achieved: 700 },
        ],
        previous,
      ),
    ).not.toThrow();
    expect(() =>
      checkCorrectionCovers(
        [
          { indicatorCode: 'A02', achieved: null },
          { indicatorCode: 'A05', achieved: 0 },
          { indicatorCode: 'A07', achieved: 3 },
        ],
        previous,
      ),
    ).not.toThrow();
  });

  it('names the indicators a correction leaves out', () => {
    expect(() => checkCorrectionCovers([{ indicatorCode: 'A05', achieved: 700 }], previous)).toThrow(
      'results: A02 was reported in version 1; a correction reports every indicator again (null for a deliberate nil)',
    );
  });
});
