import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { selectPublishable } from './outbox-ordering.js';

const row = (position: number, key: string) => ({ position: String(position), key });

describe('selectPublishable', () => {
  it('publishes everything in hand when nothing older is held elsewhere', () => {
    const claimed = [row(3, 'a'), row(1, 'a'), row(2, 'b')];
    expect(selectPublishable(claimed, claimed).map((r) => r.position)).toEqual(['1', '2', '3']);
  });

  it('holds back rows whose key has an older row locked by another relay', () => {
    // Row 1 (key a) is locked elsewhere, so 2 and 4 (key a) wait; key b is free.
    const claimed = [row(2, 'a'), row(3, 'b'), row(4, 'a')];
    const unpublished = [row(1, 'a'), ...claimed];
    expect(selectPublishable(claimed, unpublished).map((r) => r.position)).toEqual(['3']);
  });

  it('publishes rows older than the blocking one', () => {
    const claimed = [row(1, 'a'), row(5, 'a')];
    const unpublished = [row(1, 'a'), row(3, 'a'), row(5, 'a')];
    expect(selectPublishable(claimed, unpublished).map((r) => r.position)).toEqual(['1']);
  });

  it('never lets a row overtake an older unpublished row of its key', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c'), claimed: fc.boolean() }), { maxLength: 30 }), (rows) => {
        const all = rows.map((r, index) => ({ ...row(index + 1, r.key), claimed: r.claimed }));
        const chosen = selectPublishable(
          all.filter((r) => r.claimed),
          all,
        );
        for (const published of chosen)
          for (const older of all)
            if (older.key === published.key && Number(older.position) < Number(published.position))
              expect(chosen.some((r) => r.position === older.position)).toBe(true);
      }),
    );
  });
});
