import { describe, expect, it } from '@jest/globals';
import { distinctMembers, indicatorsOfAction } from './network-figures.js';

describe('indicatorsOfAction', () => {
  it("lists the action's indicators from the catalogue, and nothing for an action it does not have", () => {
    expect(indicatorsOfAction(5)).toEqual(['A05']);
    expect(indicatorsOfAction(9)).toEqual(['A09-NIEUWKOMERS', 'A09-HANDICAP', 'A09-55PLUS']);
    expect(indicatorsOfAction(99)).toEqual([]);
  });
});

describe('distinctMembers', () => {
  it('keeps each member once, in code order', () => {
    expect(distinctMembers(['44021', '11002', '44021'])).toEqual(['11002', '44021']);
  });
});
