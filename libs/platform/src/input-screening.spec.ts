import { describe, expect, it } from '@jest/globals';
import { jsonNestingDepth, screenInput } from './input-screening.js';

const depth = (text: string): number => jsonNestingDepth(Buffer.from(text));

describe('jsonNestingDepth', () => {
  it('counts nested arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(depth('1')).toBe(0);
    expect(depth('{"a":[{"b":[]}]}')).toBe(4);
    expect(depth('{"a":"[[[[{{{{","b":"\\"[[["}')).toBe(1);
    expect(depth(`{"code":${'['.repeat(2000)}${']'.repeat(2000)}}`)).toBe(2001);
  });
});

describe('screenInput', () => {
  it('accepts ordinary input, including characters outside the BMP', () => {
    expect(screenInput({ name: 'Stad Gent 😀', contacts: [{ email: 'a@b.example' }], n: 1, none: null })).toEqual([]);
  });

  it('names each lone surrogate by its field path, in strings and in keys', () => {
    expect(screenInput({ contacts: [{ email: 'a\ud800@b.example' }], name: '\udc00' })).toEqual([
      { field: 'contacts[0].email', problem: 'the text must be well-formed Unicode (no lone UTF-16 surrogates)' },
      { field: 'name', problem: 'the text must be well-formed Unicode (no lone UTF-16 surrogates)' },
    ]);
    expect(screenInput({ ['x\ud800']: 1 })).toEqual([
      { field: 'x\ufffd', problem: 'field names must be well-formed Unicode (no lone UTF-16 surrogates)' },
    ]);
  });

  it('refuses the NUL character, which PostgreSQL text cannot hold', () => {
    expect(screenInput({ contacts: [{ name: 'Samen\u0000leven' }] })).toEqual([
      { field: 'contacts[0].name', problem: 'the text must not contain the NUL character (U+0000)' },
    ]);
  });

  it('refuses Object.prototype member names as keys, also __proto__ as JSON.parse makes it, with the unknown-field wording', () => {
    const parsed = JSON.parse('{"__proto__":{"x":1},"results":[{"constructor":1,"valueOf":2}]}') as unknown;
    expect(screenInput(parsed)).toEqual([
      { field: '__proto__', problem: 'property __proto__ should not exist' },
      { field: 'results[0].constructor', problem: 'property constructor should not exist' },
      { field: 'results[0].valueOf', problem: 'property valueOf should not exist' },
    ]);
  });

  it('starts paths at the parameter name of a single query or path value', () => {
    expect(screenInput('\ud800', 'governmentCode')).toEqual([
      { field: 'governmentCode', problem: 'the text must be well-formed Unicode (no lone UTF-16 surrogates)' },
    ]);
  });
});
