import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';
import { groupCodeFor, groupCompositionProblems } from './group.js';

describe('groups', () => {
  it('derives the group code from the name: capitals, no accents, dashes, GROUP- in front', () => {
    expect(groupCodeFor('Samenwerking Denderstreek')).toBe('GROUP-SAMENWERKING-DENDERSTREEK');
    expect(groupCodeFor('  Régio  Kempen & Nete!! ')).toBe('GROUP-REGIO-KEMPEN-NETE');
    expect(groupCodeFor('***')).toBeNull();
  });

  it('every name gives a code of at most 40 characters that the event contracts accept, or none', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const code = groupCodeFor(name);
        if (code === null) return;
        expect(code.length).toBeLessThanOrEqual(40);
        expect(code).toMatch(GOVERNMENT_CODE_PATTERN);
        expect(code).not.toMatch(/-$/);
      }),
    );
  });

  it('a group has two distinct members or more, and its lead is one of them', () => {
    expect(groupCompositionProblems('41002', ['41002', '41011'])).toEqual([]);
    expect(groupCompositionProblems('41002', ['41002'])).toEqual([
      { field: 'memberCodes', problem: 'a group has at least two member municipalities' },
    ]);
    expect(groupCompositionProblems('41018', ['41002', '41011', '41002'])).toEqual([
      { field: 'memberCodes[2]', problem: '41002 is listed twice' },
      { field: 'leadCode', problem: 'the lead 41018 must be one of memberCodes' },
    ]);
  });
});
