import { describe, expect, it } from '@jest/globals';
import { RuleViolation } from '#domain';
import { networkIdFor, networksOpenedBy } from './learning-network.js';

describe('learning networks', () => {
  it('names a network after its mentor, action and project year, fit for a mentor token', () => {
    expect(networkIdFor({ mentorCode: '44021', actionNumber: 5, projectYear: 1 })).toBe('network-44021-A05-PJ1');
    expect(networkIdFor({ mentorCode: 'GROUP-LEIE', actionNumber: 17, projectYear: 3 })).toBe('network-GROUP-LEIE-A17-PJ3');
    expect(networkIdFor({ mentorCode: 'VGC', actionNumber: 9, projectYear: 2 })).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(() => networkIdFor({ mentorCode: '44021', actionNumber: 0, projectYear: 1 })).toThrow(RuleViolation);
  });

  it('opens one network per granted action', () => {
    const openedAt = new Date('2023-01-15T10:00:00Z');
    const grant = { mentorCode: '44021', projectYear: 1, amountCents: 1_000_000 };
    expect(
      networksOpenedBy(
        [
          { ...grant, actionNumber: 5 },
          { ...grant, actionNumber: 9 },
          { ...grant, actionNumber: 5, amountCents: 1 },
        ],
        'app-1',
        openedAt,
      ),
    ).toEqual([
      { id: 'network-44021-A05-PJ1', ...grant, actionNumber: 5, openedAt, applicationId: 'app-1' },
      { id: 'network-44021-A09-PJ1', ...grant, actionNumber: 9, openedAt, applicationId: 'app-1' },
    ]);
    expect(networksOpenedBy([], 'app-1', openedAt)).toEqual([]);
  });
});
