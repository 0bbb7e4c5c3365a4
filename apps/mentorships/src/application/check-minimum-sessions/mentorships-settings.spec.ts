import { describe, expect, it } from '@jest/globals';
import { loadMentorshipsSettings } from './mentorships-settings.js';

describe('loadMentorshipsSettings', () => {
  it('defaults to three sessions a year, lets the service-prefixed variable win and refuses nonsense', () => {
    expect(loadMentorshipsSettings({})).toEqual({ minimumSessions: 3, sessionsCheckIntervalMs: 5000 });
    expect(loadMentorshipsSettings({ MINIMUM_SESSIONS: '4', MENTORSHIPS_MINIMUM_SESSIONS: '5' }).minimumSessions).toBe(5);
    expect(() => loadMentorshipsSettings({ MINIMUM_SESSIONS: '0' })).toThrow('MINIMUM_SESSIONS must be a whole number > 0, got "0"');
    expect(() => loadMentorshipsSettings({ SESSIONS_CHECK_POLL_MS: 'soon' })).toThrow('SESSIONS_CHECK_POLL_MS');
  });
});
