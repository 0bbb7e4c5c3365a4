import { describe, expect, it } from '@jest/globals';
import { formatEuro, parseEuro } from './euro';

describe('euro amounts as officers type them', () => {
  it.each([
    ['1.234,50', 123450],
    ['1234,5', 123450],
    ['1234', 123400],
    ['€ 25.000', 2500000],
    ['12.5', 1250],
    ['0', 0],
  ])('reads %s as %d cents', (text, cents) => {
    expect(parseEuro(text)).toBe(cents);
  });

  it.each(['', '-5', '12,345', 'tien', '1,2,3'])('refuses %s', (text) => {
    expect(parseEuro(text)).toBeUndefined();
  });

  it('writes cents the Flemish way', () => {
    expect(formatEuro(123450).replace(/\s/g, ' ')).toBe('€ 1.234,50');
    expect(formatEuro(null)).toBe('–');
  });
});
