import { describe, expect, it } from '@jest/globals';
import { deriveAtRiskFlags, deriveResults, type StoredVersion } from './status-derivation.js';

const at = (day: string): Date => new Date(`${day}T10:00:00Z`);
const version = (periodCode: string, number: number, day: string, results: StoredVersion['results']): StoredVersion => ({
  periodCode,
  version: number,
  submittedAt: at(day),
  results,
});

describe('deriveAtRiskFlags', () => {
  const targets = new Map([
    ['A05', 2000],
    ['A02', 4],
  ]);

  it('replays the interim versions in order: raised below 25%, kept with the earlier motivation, taken away at 25%', () => {
    const versions = [
      // Out of order on purpose: the replay sorts by version.
      version('PJ1-INTERIM', 2, '2023-04-05', [
        { indicatorCode: 'A05', achieved: 400 },
        { indicatorCode: 'A02', achieved: 1 },
      ]),
      version('PJ1-INTERIM', 1, '2023-04-01', [
        { indicatorCode: 'A05', achieved: 300, motivation: 'Opstart vertraagd.' },
        { indicatorCode: 'A02', achieved: 0 },
      ]),
      // The annual report is no interim review, and an indicator without a target raises nothing.
      version('PJ1-ANNUAL', 1, '2023-10-01', [
        { indicatorCode: 'A05', achieved: 10 },
        { indicatorCode: 'A07', achieved: 0 },
      ]),
    ];
    expect(deriveAtRiskFlags(targets, versions)).toEqual([
      {
        indicatorCode: 'A05',
        periodCode: 'PJ1-INTERIM',
        achieved: 400,
        target: 2000,
        reportVersion: 2,
        motivation: 'Opstart vertraagd.',
        raisedAt: at('2023-04-01'),
      },
    ]);
  });

  it('raises a flag again after a version at 25% took it away, from the version that raised it again', () => {
    const versions = [
      version('PJ1-INTERIM', 1, '2023-04-01', [{ indicatorCode: 'A05', achieved: 100, motivation: 'eerste' }]),
      version('PJ1-INTERIM', 2, '2023-04-02', [{ indicatorCode: 'A05', achieved: 500 }]),
      version('PJ1-INTERIM', 3, '2023-04-03', [{ indicatorCode: 'A05', achieved: null }]),
    ];
    expect(deriveAtRiskFlags(targets, versions)).toEqual([
      {
        indicatorCode: 'A05',
        periodCode: 'PJ1-INTERIM',
        achieved: null,
        target: 2000,
        reportVersion: 3,
        motivation: null,
        raisedAt: at('2023-04-03'),
      },
    ]);
  });

  it('judges against the target given: a lower target takes the flag away', () => {
    const versions = [version('PJ1-INTERIM', 1, '2023-04-01', [{ indicatorCode: 'A05', achieved: 300 }])];
    expect(deriveAtRiskFlags(new Map([['A05', 1200]]), versions)).toEqual([]);
    expect(deriveAtRiskFlags(new Map([['A05', 1201]]), versions)).toHaveLength(1);
  });
});

describe('deriveResults', () => {
  const targets = new Map([
    ['A05', 2000],
    ['A02', 4],
  ]);
  const base = { projectYear: 1, targets, overduePeriods: new Set<string>(), openFlags: new Set<string>(), tolerance: 0.8 };

  it('takes per period the latest version reporting an indicator, and assesses it', () => {
    const versions = [
      version('PJ1-INTERIM', 1, '2023-04-01', [
        { indicatorCode: 'A05', achieved: 700 },
        { indicatorCode: 'A02', achieved: 1 },
      ]),
      version('PJ1-INTERIM', 2, '2023-04-02', [{ indicatorCode: 'A05', achieved: 900 }]),
    ];
    expect(deriveResults({ ...base, versions })).toEqual([
      {
        indicatorCode: 'A02',
        periodCode: 'PJ1-INTERIM',
        periodEndsOn: '2023-03-31',
        achieved: 1,
        reportVersion: 1,
        target: 4,
        expected: 1.99,
        status: 'lagging',
      },
      {
        indicatorCode: 'A05',
        periodCode: 'PJ1-INTERIM',
        periodEndsOn: '2023-03-31',
        achieved: 900,
        reportVersion: 2,
        target: 2000,
        expected: 997.26,
        status: 'on-track',
      },
    ]);
  });

  it('marks an unreported indicator not reported only once its period is overdue, and lets an open flag win over on track', () => {
    const versions = [version('PJ1-INTERIM', 1, '2023-04-01', [{ indicatorCode: 'A05', achieved: 900 }])];
    const rows = deriveResults({ ...base, versions, overduePeriods: new Set(['PJ1-INTERIM']), openFlags: new Set(['A05']) });
    expect(rows.map((row) => [row.indicatorCode, row.periodCode, row.reportVersion, row.status])).toEqual([
      ['A02', 'PJ1-INTERIM', null, 'not-reported'],
      ['A05', 'PJ1-INTERIM', 1, 'at-risk'],
    ]);
    expect(deriveResults({ ...base, versions: [] })).toEqual([]);
  });

  it('gives no status to an indicator without a target, and refuses a year the programme does not have', () => {
    const versions = [version('PJ1-ANNUAL', 1, '2023-10-01', [{ indicatorCode: 'A07', achieved: 3 }])];
    expect(deriveResults({ ...base, versions })).toEqual([]);
    expect(() => deriveResults({ ...base, projectYear: 9, versions })).toThrow('projectYear: 9 is not a project year');
  });
});
