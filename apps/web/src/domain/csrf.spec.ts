import { describe, expect, it } from '@jest/globals';
import { csrfProblem, newCsrfToken, type CsrfEvidence } from './csrf.js';

const token = newCsrfToken();
const fine: CsrfEvidence = {
  method: 'POST',
  origin: 'https://samenleven.example',
  fetchSite: 'same-origin',
  headerToken: token,
  sessionToken: token,
  expectedOrigin: 'https://samenleven.example',
};

describe('the CSRF check', () => {
  it('lets a same-origin request with the session token through', () => {
    expect(csrfProblem(fine)).toBeNull();
    expect(csrfProblem({ ...fine, origin: undefined })).toBeNull();
  });

  it('does not check safe methods', () => {
    expect(csrfProblem({ ...fine, method: 'GET', origin: 'https://evil.example', headerToken: undefined })).toBeNull();
  });

  it.each([
    ['another origin', { origin: 'https://evil.example' }, /another origin/],
    ['a look-alike origin', { origin: 'https://samenleven.example.evil.example' }, /another origin/],
    ['no origin and a cross-site fetch', { origin: undefined, fetchSite: 'cross-site' }, /names no origin/],
    ['no origin evidence at all', { origin: undefined, fetchSite: undefined }, /names no origin/],
    ['no header', { headerToken: undefined }, /header is missing/],
    ['an empty header', { headerToken: '' }, /header is missing/],
    ['another session’s token', { headerToken: newCsrfToken() }, /does not match/],
    ['a token of another length', { headerToken: `${token}x` }, /does not match/],
    ['no session', { sessionToken: undefined }, /no session/],
  ])('refuses %s', (_what, change, reason) => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post'])
      expect(csrfProblem({ ...fine, method, ...(change as Partial<CsrfEvidence>) })).toMatch(reason);
  });

  it('makes a fresh 256-bit token each time', () => {
    expect(newCsrfToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newCsrfToken()).not.toBe(newCsrfToken());
  });
});
