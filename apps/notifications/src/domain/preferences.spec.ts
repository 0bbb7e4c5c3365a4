import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RuleViolation } from '#domain';
import { CHANNELS, CRITICAL_KINDS, NOTICE_KINDS, kindsFor } from './notice-kinds.js';
import { assertPreferencesAllowed, isWanted, preferencesInForce, type Preference } from './preferences.js';

const preference = fc.record({
  kind: fc.constantFrom(...NOTICE_KINDS),
  channel: fc.constantFrom(...CHANNELS),
  enabled: fc.boolean(),
});

describe('notification preferences', () => {
  it('sends every kind over every channel until the recipient chooses otherwise', () => {
    expect(isWanted([], 'reminder', 'email')).toBe(true);
    expect(isWanted([{ kind: 'reminder', channel: 'email', enabled: false }], 'reminder', 'email')).toBe(false);
    expect(isWanted([{ kind: 'reminder', channel: 'email', enabled: false }], 'reminder', 'inbox')).toBe(true);
  });

  it('always sends lagging, at-risk and overdue, whatever is stored', () => {
    fc.assert(
      fc.property(fc.array(preference), fc.constantFrom(...CRITICAL_KINDS), fc.constantFrom(...CHANNELS), (stored, kind, channel) => {
        expect(isWanted(stored, kind, channel)).toBe(true);
      }),
    );
  });

  it('shows every kind and channel of the audience with what is in force', () => {
    const governments = preferencesInForce('government', [{ kind: 'reminder', channel: 'email', enabled: false }]);
    expect(governments).toHaveLength(kindsFor('government').length * 2);
    expect(governments.find((view) => view.kind === 'reminder' && view.channel === 'email')).toEqual({
      kind: 'reminder',
      channel: 'email',
      enabled: false,
      critical: false,
    });
    expect(preferencesInForce('abb', [])).toEqual([
      { kind: 'abb-digest', channel: 'email', enabled: true, critical: false },
      { kind: 'abb-digest', channel: 'inbox', enabled: true, critical: false },
    ]);
  });

  it('refuses, naming each, a critical kind switched off, a kind the audience does not get, and a kind and channel named twice', () => {
    const changes: Preference[] = [
      { kind: 'lagging', channel: 'email', enabled: false },
      { kind: 'reminder', channel: 'email', enabled: false },
      { kind: 'reminder', channel: 'email', enabled: true },
      { kind: 'abb-digest', channel: 'inbox', enabled: false },
    ];
    let refusal: unknown;
    try {
      assertPreferencesAllowed('government', changes);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect((refusal as RuleViolation).problems).toEqual([
      { field: 'preferences[0].enabled', problem: 'lagging is critical and cannot be switched off' },
      { field: 'preferences[2]', problem: 'reminder over email is named more than once' },
      { field: 'preferences[3].kind', problem: expect.stringContaining('abb-digest is not sent to a local government') },
    ]);
    expect(() => assertPreferencesAllowed('abb', [{ kind: 'overdue', channel: 'email', enabled: true }])).toThrow(
      'overdue is not sent to ABB staff',
    );
    expect(() => assertPreferencesAllowed('government', [{ kind: 'at-risk', channel: 'inbox', enabled: true }])).not.toThrow();
  });
});
