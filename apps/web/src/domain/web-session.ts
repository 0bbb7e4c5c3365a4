/** Who is signed in, as the ID token's claims say (principalFromClaims of libs/auth maps them; the same shape). */
export interface Principal {
  subject: string;
  role: 'abb' | 'government' | 'mentor';
  organisationCode: string | null;
  governmentCodes: string[];
  networkIds: string[];
  name?: string;
}

/** Between /auth/login and the issuer's redirect back: what the callback must check (RFC 9700, 2.1). */
export interface PendingSignIn {
  kind: 'pending';
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path of ours to return to after signing in. */
  returnTo: string;
}

/** A signed-in user: the tokens stay here, server-side; the browser only holds the cookie naming this session. */
export interface SignedIn {
  kind: 'signed-in';
  accessToken: string;
  idToken: string | undefined;
  principal: Principal;
  csrfToken: string;
}

export type WebSession = PendingSignIn | SignedIn;

/** What the pages are told about the user: no token, only who it is and what it may see. */
export interface SessionView {
  signedIn: boolean;
  user?: { name: string; role: Principal['role']; organisationCode: string | null; governmentCodes: string[]; networkIds: string[] };
  csrfToken?: string;
}

export const sessionView = (session: WebSession | undefined): SessionView =>
  session?.kind !== 'signed-in'
    ? { signedIn: false }
    : {
        signedIn: true,
        user: {
          name: session.principal.name ?? session.principal.subject,
          role: session.principal.role,
          organisationCode: session.principal.organisationCode,
          governmentCodes: session.principal.governmentCodes,
          networkIds: session.principal.networkIds,
        },
        csrfToken: session.csrfToken,
      };

/** Only a path on our own site: `//evil.example` or `https://evil.example` would make the login an open redirect. */
export const safeReturnPath = (value: unknown): string =>
  typeof value === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) && !value.startsWith('/auth/') ? value : '/';
