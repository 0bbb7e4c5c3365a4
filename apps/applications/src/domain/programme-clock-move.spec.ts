import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Conflict, RuleViolation } from '#domain';
import { clockMoveTarget, spanMs } from './programme-clock-move.js';

const NOW = new Date('2022-06-15T09:00:00Z');

describe('moving the programme clock', () => {
  it('moves to the start of a given date, or to a given moment', () => {
    expect(clockMoveTarget({ to: '2023-04-16' }, NOW).toISOString()).toBe('2023-04-16T00:00:00.000Z');
    expect(clockMoveTarget({ to: '2022-06-15T12:30:00+02:00' }, NOW).toISOString()).toBe('2022-06-15T10:30:00.000Z');
  });

  it('moves forward by a span in minutes, hours, days or weeks', () => {
    expect(clockMoveTarget({ forwardBy: '30d' }, NOW).toISOString()).toBe('2022-07-15T09:00:00.000Z');
    expect(clockMoveTarget({ forwardBy: '2w' }, NOW).toISOString()).toBe('2022-06-29T09:00:00.000Z');
    expect(clockMoveTarget({ forwardBy: '12h' }, NOW).toISOString()).toBe('2022-06-15T21:00:00.000Z');
    expect(clockMoveTarget({ forwardBy: '90m' }, NOW).toISOString()).toBe('2022-06-15T10:30:00.000Z');
  });

  it('never lands at or before the programme time now, whatever is asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }), (deltaMs) => {
        const to = new Date(NOW.getTime() + deltaMs).toISOString();
        if (deltaMs > 0) expect(clockMoveTarget({ to }, NOW).getTime()).toBe(NOW.getTime() + deltaMs);
        else expect(() => clockMoveTarget({ to }, NOW)).toThrow(Conflict);
      }),
    );
  });

  it('names what is wrong with a request', () => {
    expect(() => clockMoveTarget({}, NOW)).toThrow(
      RuleViolation.at('to', 'give either to (a programme date) or forwardBy (a span such as 30d), not both or neither'),
    );
    expect(() => clockMoveTarget({ to: '2023-04-16', forwardBy: '1d' }, NOW)).toThrow(/not both or neither/);
    expect(() => clockMoveTarget({ to: 'tomorrow' }, NOW)).toThrow('to: tomorrow is not an ISO 8601 date or date-time');
    expect(() => clockMoveTarget({ forwardBy: '0d' }, NOW)).toThrow('forwardBy: 0d is not a span');
    expect(() => clockMoveTarget({ forwardBy: '-3d' }, NOW)).toThrow('forwardBy: -3d is not a span');
    expect(spanMs('1y')).toBeUndefined();
  });
});
