import { describe, expect, it } from '@jest/globals';
import { newSessionId, readCookie, sessionCookie, sessionKey } from './session-cookie.js';

describe('the session cookie', () => {
  it('is a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain', () => {
    const cookie = sessionCookie(false);
    expect(cookie.name.startsWith('__Host-')).toBe(true);
    expect(cookie.options).toEqual({ httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
    expect(cookie.options).not.toHaveProperty('domain');
  });

  it('drops the prefix together with Secure in the development fallback, and stays HttpOnly and Lax', () => {
    const cookie = sessionCookie(true);
    expect(cookie.name.startsWith('__Host-')).toBe(false);
    expect(cookie.options).toEqual({ httpOnly: true, secure: false, sameSite: 'lax', path: '/' });
  });

  it('names a session by 256 random bits, kept in the database only as a hash', () => {
    const id = newSessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessionKey(id)).not.toContain(id);
    expect(sessionKey(id)).toBe(sessionKey(id));
    expect(sessionKey(newSessionId())).not.toBe(sessionKey(id));
  });

  it('reads its value from a Cookie header, ignoring other cookies and malformed values', () => {
    const id = newSessionId();
    expect(readCookie(`a=1; __Host-samenleven-session=${id}; b=2`, '__Host-samenleven-session')).toBe(id);
    expect(readCookie(`x__Host-samenleven-session=${id}`, '__Host-samenleven-session')).toBeUndefined();
    expect(readCookie('__Host-samenleven-session=short', '__Host-samenleven-session')).toBeUndefined();
    expect(readCookie(undefined, '__Host-samenleven-session')).toBeUndefined();
  });
});
