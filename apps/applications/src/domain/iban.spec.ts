import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { belgianIbanFor, belgianIbanProblem, normaliseIban } from './iban.js';

describe('Belgian IBAN', () => {
  it('accepts published valid Belgian IBANs, with or without spaces and in any case', () => {
    // The example of the Belgian banks' federation and the ECB's.
    expect(belgianIbanProblem('BE68539007547034')).toBeNull();
    expect(belgianIbanProblem('BE68 5390 0754 7034')).toBeNull();
    expect(belgianIbanProblem('be71 0961 2345 6769')).toBeNull();
    expect(normaliseIban('be68 5390 0754 7034')).toBe('BE68539007547034');
  });

  it('refuses another country, another length and other characters, saying what a Belgian IBAN is', () => {
    expect(belgianIbanProblem('NL91ABNA0417164300')).toMatch(/not a Belgian IBAN \(BE followed by 14 digits\)/);
    expect(belgianIbanProblem('BE6853900754703')).toMatch(/not a Belgian IBAN/);
    expect(belgianIbanProblem('BE68 5390 0754 703X')).toMatch(/not a Belgian IBAN/);
    expect(belgianIbanProblem('')).toMatch(/not a Belgian IBAN/);
  });

  it('refuses wrong IBAN check digits', () => {
    expect(belgianIbanProblem('BE69539007547034')).toMatch(/wrong IBAN check digits/);
  });

  it('refuses an account number whose own check digits do not match, even when the IBAN check digits do', () => {
    // 539-0075470-35 has the wrong national check (…34 is right); its IBAN check digits are recomputed so only the national check fails.
    const account = '539007547035';
    let value = 0;
    for (const digit of `${account}111400`) value = (value * 10 + Number(digit)) % 97;
    const iban = `BE${String(98 - value).padStart(2, '0')}${account}`;
    expect(belgianIbanProblem(iban)).toMatch(/not a valid Belgian account number/);
  });

  it('uses 97 as the national check where the first ten digits are a multiple of 97', () => {
    const iban = belgianIbanFor('0000000097');
    expect(iban.slice(-2)).toBe('97');
    expect(belgianIbanProblem(iban)).toBeNull();
  });

  it('every account base gives a valid IBAN, and changing any one digit of it is caught', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{10}$/),
        fc.integer({ min: 2, max: 15 }),
        fc.integer({ min: 1, max: 9 }),
        (base, position, shift) => {
          const iban = belgianIbanFor(base);
          expect(belgianIbanProblem(iban)).toBeNull();
          const digit = (Number(iban[position]) + shift) % 10;
          const typo = `${iban.slice(0, position)}${digit}${iban.slice(position + 1)}`;
          expect(belgianIbanProblem(typo)).not.toBeNull();
        },
      ),
    );
  });
});
