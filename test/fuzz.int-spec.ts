import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatSummary, runFuzz } from '../scripts/fuzz/fuzz-harness.js';
import { startPlatformUnderTest, type PlatformUnderTest } from './support/platform-under-test.js';

/** A reduced `npm run fuzz`: a fixed seed, so a failure here replays with `npm run fuzz -- --seed 7 --requests 300`. */
describe('fuzzing every service from its OpenAPI document', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatformUnderTest('fuzz');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('answers generated invalid and unauthorised requests with no 5xx, a problem naming the field, and no state change', async () => {
    const summary = await runFuzz(platform, { seed: 7, requests: 300 });
    // Compared as the printed report, so a failure shows the requests and answers found wrong.
    expect(formatSummary(summary).split('\n').slice(1)).toEqual([
      '  5xx: 0',
      '  4xx not naming the problem: 0',
      '  writes accepted or past validation: 0',
      `  state changed: no (${summary.tablesCompared} tables compared)`,
    ]);
    expect(summary.sent).toBe(300);
    expect(summary.changedTables).toEqual([]);
    // The run reached past authentication into validation, and compared every service's tables.
    expect(summary.byStatus[400]).toBeGreaterThan(50);
    expect(summary.tablesCompared).toBeGreaterThan(20);
  });
});
