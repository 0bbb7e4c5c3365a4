import { describe, expect, it } from '@jest/globals';
import {
  checkAuthorizationRequest,
  checkCodeExchange,
  clientIdOf,
  isLoopbackRedirect,
  pkceChallengeFor,
  tokenRequestFromLoginForm,
  type IssuedCode,
} from './dev-issuer-authorization.js';
import { refuseDevIssuerInProduction } from './dev-issuer.js';

const verifier = 'a'.repeat(43);
const authorize = {
  client_id: 'samenleven-web',
  redirect_uri: 'http://127.0.0.1:3000/auth/callback',
  response_type: 'code',
  scope: 'openid profile',
  state: 'state-1',
  nonce: 'nonce-1',
  code_challenge: pkceChallengeFor(verifier),
  code_challenge_method: 'S256',
};

const issued = (): IssuedCode => {
  const checked = checkAuthorizationRequest(authorize);
  if (!checked.ok) throw new Error(checked.description);
  return { request: checked.value, token: { role: 'abb' }, expiresAt: 1_000 };
};

const exchange = {
  grant_type: 'authorization_code',
  client_id: 'samenleven-web',
  redirect_uri: authorize.redirect_uri,
  code_verifier: verifier,
};

describe('the development issuer authorization code flow', () => {
  it('accepts a code request with an S256 challenge and a redirect to this machine', () => {
    expect(checkAuthorizationRequest(authorize)).toMatchObject({ ok: true, value: { clientId: 'samenleven-web', state: 'state-1' } });
  });

  it.each([
    [{ redirect_uri: 'https://evil.example/callback' }, 'redirect_uri'],
    [{ response_type: 'token' }, 'response_type'],
    [{ code_challenge_method: 'plain' }, 'S256'],
    [{ code_challenge: 'short' }, 'code_challenge'],
    [{ scope: 'profile' }, 'openid'],
    [{ state: '' }, 'state'],
  ])('refuses %j, naming %s', (change, named) => {
    const checked = checkAuthorizationRequest({ ...authorize, ...change });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.description).toContain(named);
  });

  it('sends codes only to loopback addresses', () => {
    expect(isLoopbackRedirect('http://localhost:3000/cb')).toBe(true);
    expect(isLoopbackRedirect('http://127.0.0.1.evil.example/cb')).toBe(false);
    expect(isLoopbackRedirect('javascript:alert(1)')).toBe(false);
  });

  it('exchanges a code for the verifier whose SHA-256 is the challenge, before it expires, for the same client and redirect', () => {
    expect(checkCodeExchange(issued(), exchange, 999)).toMatchObject({ ok: true });
    expect(checkCodeExchange(issued(), { ...exchange, code_verifier: 'b'.repeat(43) }, 999)).toMatchObject({
      ok: false,
      error: 'invalid_grant',
    });
    expect(checkCodeExchange(issued(), exchange, 1_000)).toMatchObject({ ok: false, description: 'the code has expired' });
    expect(checkCodeExchange(issued(), { ...exchange, client_id: 'other' }, 0)).toMatchObject({ ok: false, error: 'invalid_grant' });
    expect(checkCodeExchange(issued(), { ...exchange, redirect_uri: 'http://127.0.0.1:3000/x' }, 0)).toMatchObject({ ok: false });
    expect(checkCodeExchange(undefined, exchange, 0)).toMatchObject({ ok: false, error: 'invalid_grant' });
    expect(checkCodeExchange(issued(), { ...exchange, grant_type: 'password' }, 0)).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('reads the client id from HTTP Basic or the body', () => {
    expect(clientIdOf(`Basic ${Buffer.from('samenleven-web:secret').toString('base64')}`, {})).toBe('samenleven-web');
    expect(clientIdOf(undefined, { client_id: 'public' })).toBe('public');
  });

  it('turns the login form into a token request per role', () => {
    expect(tokenRequestFromLoginForm({ role: 'abb', org: '44021' })).toEqual({ ok: true, value: { role: 'abb' } });
    expect(tokenRequestFromLoginForm({ role: 'government', org: '44021,44083' })).toEqual({
      ok: true,
      value: { role: 'government', org: '44021,44083' },
    });
    expect(tokenRequestFromLoginForm({ role: 'government' })).toMatchObject({ ok: false });
    expect(tokenRequestFromLoginForm({ role: 'mentor', network: 'network-A05' })).toMatchObject({ ok: true });
    expect(tokenRequestFromLoginForm({ role: 'root' })).toMatchObject({ ok: false });
  });

  it('refuses to run in production', () => {
    expect(() => refuseDevIssuerInProduction('production')).toThrow(/PLATFORM_MODE=production/);
    expect(() => refuseDevIssuerInProduction('development')).not.toThrow();
    expect(() => refuseDevIssuerInProduction(undefined)).not.toThrow();
  });
});
