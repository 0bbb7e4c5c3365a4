import { describe, expect, it } from '@jest/globals';
import { checkReportLines } from './report.js';

describe('checkReportLines', () => {
  const approved = new Set(['A05', 'A02']);

  it('accepts approved indicators, including a deliberate nil', () => {
    expect(() => checkReportLines([{ indicatorCode: 'A05', achieved: 10 }, { indicatorCode: 'A02', achieved: null }], approved, '44021', 1)).not.toThrow();
  });

  it('names the line with an indicator the government did not commit to', () => {
    expect(() => checkReportLines([{ indicatorCode: 'A05', achieved: 1 }, { indicatorCode: 'A07', achieved: 1 }], approved, '44021', 1)).toThrow(
      'results[1].indicatorCode: A07 is not an approved indicator of 44021 in project year 1',
    );
  });

  it('refuses an indicator reported twice', () => {
    expect(() => checkReportLines([{ indicatorCode: 'A05', achieved: 1 }, { indicatorCode: 'A05', achieved: 2 }], approved, '44021', 1)).toThrow(/appears more than once/);
  });
});
