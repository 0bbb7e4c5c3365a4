import { describe, expect, it } from '@jest/globals';
import {
  cpuShare,
  cpuTicksFromStat,
  duplicates,
  growthVerdict,
  matchArrivals,
  percentile,
  rssBytesFromStatus,
  summariseLatencies,
  topicLag,
} from './bench-figures.js';
import { lagCountAt, laggingBand, laggingCount, onTrackFloor, plannedReport, statusOf } from './synthetic-reports.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted latencies', () => {
    expect(summariseLatencies([30, 10, 20])).toEqual({ count: 3, p50: 20, p95: 30, p99: 30, max: 30 });
  });
});

describe('topicLag', () => {
  it('is the end minus the committed offset per partition, from the low watermark before a first commit', () => {
    const ends = [
      { partition: 0, low: '0', high: '10' },
      { partition: 1, low: '4', high: '9' },
      { partition: 2, low: '0', high: '3' },
    ];
    const committed = [
      { partition: 0, offset: '7' },
      { partition: 1, offset: '-1' },
    ];
    // 3 on partition 0, 5 (9 - 4) on partition 1, and partition 2 has no entry at all: 3.
    expect(topicLag(ends, committed)).toBe(11);
  });

  it('is never negative (a commit read after the end was)', () => {
    expect(topicLag([{ partition: 0, low: '0', high: '5' }], [{ partition: 0, offset: '6' }])).toBe(0);
  });
});

describe('growthVerdict', () => {
  it('sees a backlog that keeps growing', () => {
    expect(growthVerdict([0, 5, 12, 20, 26, 33, 41, 50]).grew).toBe(true);
  });

  it('does not count bursts that drain as growth', () => {
    const verdict = growthVerdict([0, 40, 3, 0, 38, 2, 0, 41, 1, 0]);
    expect(verdict.grew).toBe(false);
    expect(verdict.peak).toBe(41);
  });

  it('needs three samples for a trend', () => {
    expect(growthVerdict([0, 100]).grew).toBe(false);
  });
});

describe('process figures from /proc', () => {
  it('reads utime + stime after a command name with spaces and parentheses', () => {
    const stat = '4242 (node (main) x) S 1 4242 4242 0 -1 4194304 9876 0 0 0 150 25 0 0 20 0 11 0 1234 5678 900';
    expect(cpuTicksFromStat(stat)).toBe(175);
  });

  it('reads VmRSS in bytes', () => {
    expect(rssBytesFromStatus('Name:\tnode\nVmPeak:\t  999 kB\nVmRSS:\t  102400 kB\nThreads:\t11\n')).toBe(100 * 1024 * 1024);
    expect(rssBytesFromStatus('Name:\tzombie\n')).toBeNaN();
  });

  it('gives CPU as a share of one core', () => {
    expect(cpuShare({ cpuTicks: 100, rssBytes: 0 }, { cpuTicks: 250, rssBytes: 0 }, 2_000)).toBeCloseTo(0.75);
  });
});

describe('matchArrivals', () => {
  it("pairs a recipient's expected e-mails with its arrivals in order and counts what is missing or extra", () => {
    const sent = [
      { recipient: 'a', sentAt: 100 },
      { recipient: 'a', sentAt: 300 },
      { recipient: 'b', sentAt: 200 },
    ];
    const arrived = [
      { recipient: 'a', arrivedAt: 450 },
      { recipient: 'a', arrivedAt: 150 },
      { recipient: 'c', arrivedAt: 500 },
    ];
    expect(matchArrivals(sent, arrived)).toEqual({ latencies: [50, 150], missing: 1, unexpected: 1 });
  });
});

describe('duplicates', () => {
  it('lists values seen more than once', () => {
    expect([...duplicates(['<1@x>', '<2@x>', '<1@x>'])]).toEqual([['<1@x>', 2]]);
  });
});

describe('synthetic reports', () => {
  const targets = ['A05', 'A06', 'A07'].map((indicatorCode) => ({ indicatorCode, target: 20 }));

  it('puts the on-track floor at 80% of what was expected by 31 March', () => {
    // 20 x 182/365 = 9.97 expected; 80% of that is 7.98.
    expect(onTrackFloor(20)).toBe(8);
    expect(statusOf(7, 20)).toBe('lagging');
    expect(statusOf(8, 20)).toBe('on-track');
    expect(statusOf(20, 20)).toBe('achieved');
  });

  it('keeps lagging figures at or above a quarter of the target where there is room', () => {
    expect(laggingBand(20)).toEqual({ low: 5, high: 7 });
    // 25% of 4 is 1, the floor is ceil(0.8 x 1.99) = 2: only 1 lags without a flag.
    expect(laggingBand(4)).toEqual({ low: 1, high: 1 });
    expect(laggingBand(1)).toEqual({ low: 0, high: 0 });
  });

  it('spreads the worsening steps over the planned reports', () => {
    expect([0, 1, 2, 3, 4, 5].map((index) => laggingCount(index, 6, 3))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(laggingCount(9, 6, 3)).toBe(3);
  });

  it('goes on from the count reached when a stretch starts before the previous one ended (a phase stopped early)', () => {
    const segments = [
      { start: 0, reports: 1, steps: 1 },
      { start: 1, reports: 8, steps: 4 },
      // The second stretch stopped after 3 reports (1..3): the third starts at 4 from the count reached at 3.
      { start: 4, reports: 4, steps: 2 },
    ];
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => lagCountAt(segments, index))).toEqual([1, 2, 2, 3, 4, 4, 5, 5, 5]);
    expect(lagCountAt(segments, -1)).toBe(0);
  });

  it('makes exactly the planned steps worse, one more lagging indicator each', () => {
    const reports = Array.from({ length: 9 }, (_, index) => plannedReport(targets, index, [{ start: 0, reports: 6, steps: 3 }]));
    expect(reports.map((report) => report.worsens)).toEqual([true, false, true, false, true, false, false, false, false]);
    reports.forEach((report, index) => {
      const lagging = report.results.filter((line) => statusOf(line.achieved, 20) === 'lagging');
      expect(lagging).toHaveLength(laggingCount(index, 6, 3));
      // Never below a quarter of the target: no at-risk flag, whose later figures would be worse situations too.
      for (const line of lagging) expect(line.achieved).toBeGreaterThanOrEqual(5);
    });
    expect(reports[0]!.changesStatus).toBe(true);
  });
});
