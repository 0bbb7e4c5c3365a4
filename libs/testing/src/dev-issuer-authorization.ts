import { createHash, timingSafeEqual } from 'node:crypto';
import { tokenRequestProblem, type TokenRequest } from '#auth';

/**
 * The authorization code flow of the development issuer (RFC 6749 section 4.1 with PKCE, RFC 7636), as pure
 * checks: what /authorize accepts, what the login form may ask for, and whether a code may be exchanged.
 */

/** What a relying party sends to /authorize (and the login form carries back in hidden fields). */
export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  nonce: string | null;
  codeChallenge: string;
}

/** A code handed out and not yet exchanged. */
export interface IssuedCode {
  request: AuthorizationRequest;
  token: TokenRequest;
  /** Wall-clock milliseconds: a protocol timer, not programme time. */
  expiresAt: number;
}

export const CODE_LIFETIME_MS = 60_000;

type Parameters = Record<string, string | undefined>;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; description: string };

const fail = <T>(error: string, description: string): Checked<T> => ({ ok: false, error, description });

/**
 * The development issuer hands out any role, so it only sends codes back to this machine: a redirect to any other
 * host would give a stranger's site a code for any role.
 */
export const isLoopbackRedirect = (uri: string): boolean => {
  try {
    const url = new URL(uri);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && !url.hash
    );
  } catch {
    return false;
  }
};

const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** Checks an authorization request; only the code flow with an S256 PKCE challenge is offered. */
export const checkAuthorizationRequest = (parameters: Parameters): Checked<AuthorizationRequest> => {
  const { client_id, redirect_uri, response_type, scope, state, nonce, code_challenge, code_challenge_method } = parameters;
  if (!client_id) return fail('invalid_request', 'client_id is required');
  if (!redirect_uri || !isLoopbackRedirect(redirect_uri))
    return fail('invalid_request', 'redirect_uri must be an http(s) address on this machine (127.0.0.1, localhost or [::1])');
  if (response_type !== 'code') return fail('unsupported_response_type', 'response_type must be code');
  if (!scope?.split(' ').includes('openid')) return fail('invalid_scope', 'scope must include openid');
  if (!state) return fail('invalid_request', 'state is required');
  if (code_challenge_method !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256 (PKCE)');
  if (!code_challenge || !PKCE_CHALLENGE.test(code_challenge))
    return fail('invalid_request', 'code_challenge must be the base64url SHA-256 of the code verifier (43 characters)');
  return {
    ok: true,
    value: { clientId: client_id, redirectUri: redirect_uri, scope, state, nonce: nonce || null, codeChallenge: code_challenge },
  };
};

/** The role the developer picked on the login page, as a token request. */
export const tokenRequestFromLoginForm = (form: Parameters): Checked<TokenRequest> => {
  const role = form.role;
  const request: Partial<Record<keyof TokenRequest, string>> = role === undefined ? {} : { role };
  if (role === 'government' && form.org) request.org = form.org;
  if (role === 'mentor' && form.network) request.network = form.network;
  if (form.name) request.subject = form.name;
  const problem = tokenRequestProblem(request);
  if (problem !== null) return fail('invalid_request', problem);
  return { ok: true, value: request as TokenRequest };
};

export const pkceChallengeFor = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

const sameText = (left: string, right: string): boolean => {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Checks a token request of grant type authorization_code against the code it names (RFC 6749 4.1.3, RFC 7636 4.6). */
export const checkCodeExchange = (issued: IssuedCode | undefined, parameters: Parameters, now: number): Checked<IssuedCode> => {
  if (parameters.grant_type !== 'authorization_code') return fail('unsupported_grant_type', 'grant_type must be authorization_code');
  if (issued === undefined) return fail('invalid_grant', 'the code is unknown, used already or expired');
  if (issued.expiresAt <= now) return fail('invalid_grant', 'the code has expired');
  if (parameters.client_id !== issued.request.clientId) return fail('invalid_grant', 'the code was issued to another client');
  if (parameters.redirect_uri !== issued.request.redirectUri) return fail('invalid_grant', 'redirect_uri differs from the one authorized');
  const verifier = parameters.code_verifier;
  if (!verifier || !/^[A-Za-z0-9._~-]{43,128}$/.test(verifier))
    return fail('invalid_request', 'code_verifier is required (43 to 128 characters)');
  if (!sameText(pkceChallengeFor(verifier), issued.request.codeChallenge))
    return fail('invalid_grant', 'code_verifier does not match the code challenge');
  return { ok: true, value: issued };
};

/** Client credentials arrive in the Authorization header (client_secret_basic) or the body; only the client id matters here. */
export const clientIdOf = (authorization: string | undefined, body: Parameters): string | undefined => {
  if (authorization?.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    return decodeURIComponent(separator < 0 ? decoded : decoded.slice(0, separator));
  }
  return body.client_id;
};
