import { describe, expect, it } from '@jest/globals';
import { formatEuro } from './money.js';

describe('formatEuro', () => {
  it('writes cents as Dutch euro amounts', () => {
    expect(formatEuro(1_000_000)).toBe('EUR 10.000,00');
    expect(formatEuro(1_413_635_900)).toBe('EUR 14.136.359,00');
    expect(formatEuro(5)).toBe('EUR 0,05');
    expect(formatEuro(-123_456)).toBe('-EUR 1.234,56');
  });
});
