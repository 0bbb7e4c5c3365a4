import { describe, expect, it } from '@jest/globals';
import { RuleViolation } from '#domain';
import { allIndicators } from '#catalogue';
import { networkIdOf, progressOf } from './member-progress.js';

describe('networkIdOf', () => {
  it("puts every indicator of an action in that action's network", () => {
    expect(networkIdOf('A05')).toBe('network-A05');
    expect(networkIdOf('A09-NIEUWKOMERS')).toBe('network-A09');
    expect(networkIdOf('A09-HANDICAP')).toBe('network-A09');
  });

  it('knows a network for every indicator of the catalogue, numbered like its action', () => {
    for (const indicator of allIndicators())
      expect(networkIdOf(indicator.code)).toBe(`network-A${String(indicator.actionNumber).padStart(2, '0')}`);
  });

  it('refuses what is not an indicator code', () => {
    expect(() => networkIdOf('B05')).toThrow(RuleViolation);
  });
});

describe('progressOf', () => {
  it('adds the network, keeping a nil report apart from 0', () => {
    const report = {
      governmentCode: '44021',
      indicatorCode: 'A05',
      projectYear: 1,
      periodCode: 'PJ1-INTERIM',
      achieved: null,
      reportVersion: 1,
    };
    expect(progressOf(report)).toEqual({ ...report, networkId: 'network-A05' });
  });
});
