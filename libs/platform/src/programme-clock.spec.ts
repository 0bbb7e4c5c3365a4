import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
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

  it('takes over a move forward, from whatever real moment it was made at', () => {
    const clock = new ProgrammeClock({ startAt: new Date('2022-06-15T09:00:00Z'), anchorAt: new Date() });
    const realAt = new Date(Date.now() - 10_000);
    expect(clock.advance({ programmeAt: new Date('2023-04-16T00:00:00Z'), realAt })).toBe(true);
    const shown = clock.now().getTime() - Date.parse('2023-04-16T00:00:00Z');
    expect(shown).toBeGreaterThanOrEqual(10_000);
    expect(shown).toBeLessThan(15_000);
  });

  it('never goes back: a move to an earlier programme time, or the same move again, changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }), { minLength: 1, maxLength: 20 }), (offsets) => {
        const clock = new ProgrammeClock({ startAt: null, anchorAt: new Date() });
        const realAt = new Date('2026-01-01T00:00:00Z');
        let highest = clock.offset;
        for (const offset of offsets) {
          const moved = clock.advance({ programmeAt: new Date(realAt.getTime() + offset), realAt });
          expect(moved).toBe(offset > highest);
          highest = Math.max(highest, offset);
          expect(clock.offset).toBe(highest);
        }
      }),
    );
  });
});
