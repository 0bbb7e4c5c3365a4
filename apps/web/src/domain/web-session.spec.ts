import { describe, expect, it } from '@jest/globals';
import { safeReturnPath, sessionView } from './web-session.js';

describe('the web session', () => {
  it('returns only to a path of our own after signing in', () => {
    expect(safeReturnPath('/abb/dashboard?year=2023')).toBe('/abb/dashboard?year=2023');
    for (const unsafe of ['//evil.example', '/\\evil.example', 'https://evil.example', '/auth/login', '', 42, undefined, '/a b'])
      expect(safeReturnPath(unsafe)).toBe('/');
  });

  it('tells the pages who is signed in and the CSRF token, never the access token', () => {
    const view = sessionView({
      kind: 'signed-in',
      accessToken: 'secret-access-token',
      idToken: 'secret-id-token',
      csrfToken: 'csrf-1',
      principal: { subject: 's', role: 'government', organisationCode: '44021', governmentCodes: ['44021'], networkIds: [] },
    });
    expect(view).toEqual({
      signedIn: true,
      user: { name: 's', role: 'government', organisationCode: '44021', governmentCodes: ['44021'], networkIds: [] },
      csrfToken: 'csrf-1',
    });
    expect(JSON.stringify(view)).not.toContain('secret');
    expect(sessionView({ kind: 'pending', state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/' })).toEqual({ signedIn: false });
    expect(sessionView(undefined)).toEqual({ signedIn: false });
  });
});
