import { describe, expect, it } from '@jest/globals';
import { publicIndicatorTotals, type AcceptedReport } from './public-results.js';

const accepted = (governmentCode: string, submittedAt: string, results: AcceptedReport['results'], version = 1): AcceptedReport => ({
  governmentCode,
  periodCode: 'PJ1-INTERIM',
  version,
  submittedAt: new Date(submittedAt),
  results,
});

describe('public indicator totals', () => {
  const targets = [
    { governmentCode: '44021', indicatorCode: 'A05', target: 500 },
    { governmentCode: '11002', indicatorCode: 'A05', target: 2250 },
    { governmentCode: '44021', indicatorCode: 'A22', target: 2 },
  ];

  it('plans every target and realises only what accepted reports say, the latest accepted one per government', () => {
    expect(
      publicIndicatorTotals(targets, [
        accepted('44021', '2023-04-10T10:00:00Z', [{ indicatorCode: 'A05', achieved: 150 }]),
        accepted('44021', '2023-09-20T10:00:00Z', [
          { indicatorCode: 'A05', achieved: 480 },
          { indicatorCode: 'A22', achieved: null },
        ]),
      ]),
    ).toEqual([
      { indicatorCode: 'A05', planned: 2750, realised: 480, governments: 2, governmentsReported: 1 },
      { indicatorCode: 'A22', planned: 2, realised: 0, governments: 1, governmentsReported: 1 },
    ]);
  });

  it('takes the higher version when two accepted versions carry the same moment, and ignores indicators without a target', () => {
    expect(
      publicIndicatorTotals(targets, [
        accepted('11002', '2023-04-10T10:00:00Z', [{ indicatorCode: 'A05', achieved: 100 }], 1),
        accepted('11002', '2023-04-10T10:00:00Z', [{ indicatorCode: 'A05', achieved: 900 }], 2),
        accepted('11002', '2023-04-10T10:00:00Z', [{ indicatorCode: 'A07', achieved: 9 }], 1),
      ]).map(({ indicatorCode, realised }) => [indicatorCode, realised]),
    ).toEqual([
      ['A05', 900],
      ['A22', 0],
    ]);
  });

  it('realises nothing without accepted reports', () => {
    expect(publicIndicatorTotals(targets, []).map((total) => total.realised)).toEqual([0, 0]);
  });
});
