import { createHash, randomBytes } from 'node:crypto';

/** What the Set-Cookie header of the session says; Express's CookieOptions accepts these. */
export interface SessionCookie {
  name: string;
  options: { httpOnly: true; secure: boolean; sameSite: 'lax'; path: '/' };
}

/**
 * The session cookie: `__Host-` (browsers accept it only with Secure, Path=/ and no Domain, so no subdomain can
 * plant or read it), HttpOnly (no script reads it), SameSite=Lax (sent on the issuer's redirect back to us, not on
 * other sites' POSTs). Browsers treat http://localhost and http://127.0.0.1 as secure contexts and keep Secure
 * cookies there (Chromium and Firefox do; the browser test checks Chromium), so development uses the same cookie.
 * `insecure` is the documented fallback for a browser that does not: a plain name without Secure, development only.
 */
export const sessionCookie = (insecure: boolean): SessionCookie =>
  insecure
    ? { name: 'samenleven-session', options: { httpOnly: true, secure: false, sameSite: 'lax', path: '/' } }
    : { name: '__Host-samenleven-session', options: { httpOnly: true, secure: true, sameSite: 'lax', path: '/' } };

/** 256 random bits: the cookie's value. */
export const newSessionId = (): string => randomBytes(32).toString('base64url');

/** The database keeps the hash only: a leaked table holds no cookie that signs anyone in. */
export const sessionKey = (sessionId: string): string => createHash('sha256').update(sessionId).digest('base64url');

/** Reads one cookie from a Cookie header; undefined when absent or malformed. */
export const readCookie = (header: string | undefined, name: string): string | undefined => {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) {
      const value = part.slice(separator + 1).trim();
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
};
