import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  applyChanges,
  changedFields,
  contactProblems,
  governmentProblems,
  isValidKboNumber,
  kboNumberProblem,
  kindOfCode,
  normaliseKboNumber,
  type LocalGovernment,
} from './local-government.js';

describe('isValidKboNumber', () => {
  it('accepts the KBO numbers of the demo data (unconfirmed by a public source, but their check digits are right)', () => {
    expect(isValidKboNumber('0207451227')).toBe(true); // Stad Gent
    expect(isValidKboNumber('0207500123')).toBe(true); // Stad Antwerpen
    expect(isValidKboNumber('0207500024')).toBe(true); // Stad Mechelen
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

describe('register entries', () => {
  const gent: LocalGovernment = {
    code: '44021',
    kind: 'municipality',
    kboNumber: null,
    name: 'Gent',
    province: 'Oost-Vlaanderen',
    arrondissement: 'Gent',
    inhabitants: 263927,
    nonEuOriginInhabitants: null,
    contacts: [
      { name: 'Dienst Samenleven', email: 'samenleven@gent.example', phone: null, role: 'primary' },
      { name: 'Financiën', email: 'financien@gent.example', phone: '+32 9 210 10 10', role: 'finance' },
    ],
  };

  it('normalises KBO numbers as they are usually written and explains a refusal', () => {
    expect(normaliseKboNumber('0207.451.227')).toBe('0207451227');
    expect(normaliseKboNumber('BE 0207 451 227')).toBe('0207451227');
    expect(kboNumberProblem('0207451227')).toBeNull();
    expect(kboNumberProblem('0207451228')).toBe('0207451228 is not a valid KBO number (check digits do not match)');
    expect(kboNumberProblem('207451227')).toBe('207451227 is not a KBO number (10 digits starting with 0 or 1)');
  });

  it('knows the kind from the code', () => {
    expect([kindOfCode('44021'), kindOfCode('VGC'), kindOfCode('DE-RAND')]).toEqual(['municipality', 'vgc', 'de-rand']);
  });

  it('changes nothing for the same values, and contacts listed in another order are the same contacts', () => {
    expect(changedFields(gent, applyChanges(gent, { name: 'Gent', contacts: [...gent.contacts].reverse() }))).toEqual([]);
    expect(changedFields(gent, applyChanges(gent, {}))).toEqual([]);
  });

  it('names exactly the fields that change, in the order of the event', () => {
    const changed = applyChanges(gent, {
      nonEuOriginInhabitants: 61000,
      kboNumber: '0207451227',
      contacts: [{ ...gent.contacts[0]!, phone: '09 210 10 10' }],
    });
    expect(changedFields(gent, changed)).toEqual(['kboNumber', 'nonEuOriginInhabitants', 'contacts']);
    // Clearing a value is a change too; a field left out is not.
    expect(changedFields(changed, applyChanges(changed, { kboNumber: null }))).toEqual(['kboNumber']);
  });

  it('finds as many changed fields as were really changed, whatever the change', () => {
    const change = fc.record(
      {
        name: fc.constantFrom('Gent', 'Stad Gent'),
        inhabitants: fc.option(fc.nat(300_000), { nil: null }),
        nonEuOriginInhabitants: fc.option(fc.nat(1000), { nil: null }),
        contacts: fc.shuffledSubarray(gent.contacts),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(change, (changes) => {
        const after = applyChanges(gent, changes);
        const changed = changedFields(gent, after);
        expect(changedFields(after, applyChanges(after, changes))).toEqual([]);
        for (const field of ['name', 'inhabitants', 'nonEuOriginInhabitants'] as const)
          expect(changed.includes(field)).toBe(changes[field] !== undefined && changes[field] !== gent[field]);
        expect(changed.includes('contacts')).toBe(changes.contacts !== undefined && changes.contacts.length !== gent.contacts.length);
      }),
    );
  });

  it('refuses more inhabitants of non-EU origin than inhabitants, and one e-mail address twice', () => {
    expect(governmentProblems(gent)).toEqual([]);
    expect(
      governmentProblems({ ...gent, nonEuOriginInhabitants: 300_000, contacts: [gent.contacts[0]!, { ...gent.contacts[0]!, role: 'x' }] }),
    ).toEqual([
      { field: 'nonEuOriginInhabitants', problem: '300000 exceeds the 263927 inhabitants of 44021' },
      { field: 'contacts', problem: 'samenleven@gent.example is listed more than once' },
    ]);
  });

  it('checks each field of a contact person', () => {
    expect(contactProblems({ name: '', email: 'not-mail', phone: 'call me', role: '' })).toEqual([
      { field: 'name', problem: 'a contact person needs a name' },
      { field: 'email', problem: 'not-mail is not an e-mail address' },
      { field: 'phone', problem: 'call me is not a phone number (digits, spaces, + ( ) . / -)' },
      { field: 'role', problem: 'a contact person needs a role, e.g. primary' },
    ]);
  });
});
