import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Methods that change state; every one of them must prove it comes from our own pages. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_HEADER = 'x-csrf-token';

export const newCsrfToken = (): string => randomBytes(32).toString('base64url');

export interface CsrfEvidence {
  method: string;
  /** The Origin header; browsers send it on every cross-origin request and on same-origin POSTs. */
  origin: string | undefined;
  /** Sec-Fetch-Site, for the rare same-origin request without Origin. */
  fetchSite: string | undefined;
  /** The token the page read from GET /auth/session and sent in the x-csrf-token header. */
  headerToken: string | undefined;
  /** The token kept in the session, server-side; undefined when there is no session. */
  sessionToken: string | undefined;
  /** Our own origin, e.g. https://samenleven.vlaanderen.be. */
  expectedOrigin: string;
}

const sameText = (left: string, right: string): boolean => {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Two independent checks, so one browser quirk does not open the door: the request comes from our own origin
 * (Origin, or Sec-Fetch-Site when Origin is absent) and carries the session's token in a header, which a form
 * or a link on another site cannot set. SameSite=Lax on the cookie is a third layer, not relied on alone.
 * Returns the problem in words, or null when the request may proceed.
 */
export const csrfProblem = (evidence: CsrfEvidence): string | null => {
  if (SAFE_METHODS.has(evidence.method.toUpperCase())) return null;
  if (evidence.origin !== undefined) {
    if (evidence.origin !== evidence.expectedOrigin) return `the request comes from another origin (${evidence.origin})`;
  } else if (evidence.fetchSite !== 'same-origin') return 'the request names no origin of ours (Origin or Sec-Fetch-Site)';
  if (evidence.sessionToken === undefined) return 'there is no session';
  if (evidence.headerToken === undefined || evidence.headerToken === '') return `the ${CSRF_HEADER} header is missing`;
  if (!sameText(evidence.headerToken, evidence.sessionToken)) return `the ${CSRF_HEADER} header does not match the session`;
  return null;
};
