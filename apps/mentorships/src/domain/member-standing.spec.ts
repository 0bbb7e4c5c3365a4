import { describe, expect, it } from '@jest/globals';
import { RuleViolation } from '#domain';
import { actionNumberOf, actionStatusOf, caughtUpAt, latestOfYear, statusSupersedes, suggestMembers } from './member-standing.js';

describe('a government on an action', () => {
  it('counts every indicator of an action for that action', () => {
    expect(actionNumberOf('A22')).toBe(22);
    expect(actionNumberOf('A09-NIEUWKOMERS')).toBe(9);
    expect(() => actionNumberOf('B05')).toThrow(RuleViolation);
  });

  it('takes the status of its most worrying indicator there', () => {
    expect(actionStatusOf([])).toBeNull();
    expect(actionStatusOf(['achieved', 'on-track'])).toBe('on-track');
    expect(actionStatusOf(['achieved', 'lagging', 'at-risk'])).toBe('at-risk');
    expect(actionStatusOf(['on-track', 'not-reported'])).toBe('not-reported');
    expect(actionStatusOf(['achieved'])).toBe('achieved');
  });
});

describe('suggestMembers', () => {
  it('puts lagging and at-risk governments first, leaves out the mentor and those already invited or in', () => {
    const suggestions = suggestMembers(
      [
        { governmentCode: '46003', status: 'on-track' },
        { governmentCode: '44021', status: 'lagging' },
        { governmentCode: '12025', status: 'at-risk' },
        { governmentCode: '11002', status: null },
        { governmentCode: '35013', status: 'at-risk' },
        { governmentCode: '23088', status: 'lagging' },
      ],
      '12025',
      new Set(['23088']),
    );
    expect(suggestions.map((suggestion) => [suggestion.governmentCode, suggestion.priority])).toEqual([
      ['35013', true],
      ['44021', true],
      ['11002', false],
      ['46003', false],
    ]);
  });
});

describe('caughtUpAt', () => {
  const now = new Date('2023-09-01T00:00:00Z');
  it('dates the first moment a member that joined behind is on course again, and keeps that date', () => {
    expect(caughtUpAt({ statusAtJoin: 'lagging', caughtUpAt: null }, 'on-track', now)).toEqual(now);
    expect(caughtUpAt({ statusAtJoin: 'at-risk', caughtUpAt: null }, 'achieved', now)).toEqual(now);
    const earlier = new Date('2023-05-01T00:00:00Z');
    expect(caughtUpAt({ statusAtJoin: 'lagging', caughtUpAt: earlier }, 'lagging', now)).toEqual(earlier);
  });

  it('never for a member that joined on course, or one still behind', () => {
    expect(caughtUpAt({ statusAtJoin: 'on-track', caughtUpAt: null }, 'achieved', now)).toBeNull();
    expect(caughtUpAt({ statusAtJoin: null, caughtUpAt: null }, 'on-track', now)).toBeNull();
    expect(caughtUpAt({ statusAtJoin: 'lagging', caughtUpAt: null }, 'at-risk', now)).toBeNull();
  });
});

describe('statusSupersedes', () => {
  it('lets a later period, then a later report version, replace the kept status', () => {
    expect(statusSupersedes(null, { periodCode: 'PJ1-INTERIM', reportVersion: null })).toBe(true);
    const interimV2 = { periodCode: 'PJ1-INTERIM', reportVersion: 2 };
    expect(statusSupersedes(interimV2, { periodCode: 'PJ1-INTERIM', reportVersion: 1 })).toBe(false);
    expect(statusSupersedes(interimV2, { periodCode: 'PJ1-INTERIM', reportVersion: 2 })).toBe(true);
    expect(statusSupersedes(interimV2, { periodCode: 'PJ1-ANNUAL', reportVersion: null })).toBe(true);
    expect(statusSupersedes({ periodCode: 'PJ1-ANNUAL', reportVersion: 1 }, interimV2)).toBe(false);
  });
});

describe('latestOfYear', () => {
  it("takes the annual report's running total over the interim one", () => {
    const interim = { periodCode: 'PJ1-INTERIM', achieved: 600 };
    const annual = { periodCode: 'PJ1-ANNUAL', achieved: 1500 };
    expect(latestOfYear([interim, annual])).toBe(annual);
    expect(latestOfYear([annual, interim])).toBe(annual);
    expect(latestOfYear([interim])).toBe(interim);
    expect(latestOfYear([])).toBeUndefined();
  });
});
