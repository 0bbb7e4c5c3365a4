import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isValidKboNumber } from './local-government.js';

describe('isValidKboNumber', () => {
  it('accepts real KBO numbers of local governments', () => {
    expect(isValidKboNumber('0207451227')).toBe(true); // Stad Gent
    expect(isValidKboNumber('0207500123')).toBe(true); // Stad Antwerpen
  });

  it('refuses wrong check digits, lengths and prefixes', () => {
    expect(isValidKboNumber('0207451228')).toBe(false);
    expect(isValidKboNumber('207451227')).toBe(false);
    expect(isValidKboNumber('2207451227')).toBe(false);
  });

  it('accepts exactly one pair of check digits for any base', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), (base) => {
        const digits = String(base).padStart(8, '0');
        const valid = Array.from({ length: 100 }, (_, check) => `${digits}${String(check).padStart(2, '0')}`).filter(isValidKboNumber);
        return valid.length === 1;
      }),
    );
  });
});
