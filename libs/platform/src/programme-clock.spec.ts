import { describe, expect, it } from '@jest/globals';
import { ProgrammeClock } from './programme-clock.js';

describe('ProgrammeClock', () => {
  it('runs on real time when no start is configured', () => {
    const before = Date.now();
    const now = new ProgrammeClock({ startAt: null, anchorAt: new Date() }).now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('starts at the programme date at the anchor and runs at real speed from there', () => {
    const anchorAt = new Date(Date.now() - 60_000);
    const clock = new ProgrammeClock({ startAt: new Date('2022-07-01T00:00:00Z'), anchorAt });
    const elapsed = clock.now().getTime() - Date.parse('2022-07-01T00:00:00Z');
    expect(elapsed).toBeGreaterThanOrEqual(60_000);
    expect(elapsed).toBeLessThan(70_000);
  });

  it('can be set to another programme time', () => {
    const clock = new ProgrammeClock({ startAt: null, anchorAt: new Date() });
    clock.set(new Date('2023-04-16T00:00:00Z'));
    expect(Math.abs(clock.now().getTime() - Date.parse('2023-04-16T00:00:00Z'))).toBeLessThan(5_000);
  });
});
