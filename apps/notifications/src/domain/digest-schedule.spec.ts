import { describe, expect, it } from '@jest/globals';
import { isTimeOfDay, latestDigestDay } from './digest-schedule.js';

describe('the day of the ABB digest', () => {
  it('is today from the digest time on (Brussels time), yesterday before it', () => {
    // 06:59 and 07:00 Brussels summer time are 04:59 and 05:00 UTC.
    expect(latestDigestDay(new Date('2023-04-10T04:59:00Z'), '07:00')).toBe('2023-04-09');
    expect(latestDigestDay(new Date('2023-04-10T05:00:00Z'), '07:00')).toBe('2023-04-10');
    // Winter time: 07:00 in Brussels is 06:00 UTC.
    expect(latestDigestDay(new Date('2023-01-10T05:59:00Z'), '07:00')).toBe('2023-01-09');
    expect(latestDigestDay(new Date('2023-01-10T06:00:00Z'), '07:00')).toBe('2023-01-10');
  });

  it('takes the Brussels date, not the UTC one, and crosses month ends', () => {
    expect(latestDigestDay(new Date('2023-03-31T22:30:00Z'), '00:15')).toBe('2023-04-01');
    expect(latestDigestDay(new Date('2023-03-01T05:00:00Z'), '07:00')).toBe('2023-02-28');
  });

  it('accepts only a time of day', () => {
    expect(isTimeOfDay('07:00')).toBe(true);
    expect(isTimeOfDay('7:00')).toBe(false);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(() => latestDigestDay(new Date(), 'morning')).toThrow('HH:MM');
  });
});
