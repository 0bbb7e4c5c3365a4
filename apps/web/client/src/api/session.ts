/** What GET /auth/session says: who is signed in, and the token mutating requests must carry. No access token, ever. */
export interface SessionUser {
  name: string;
  role: 'abb' | 'government' | 'mentor';
  organisationCode: string | null;
  governmentCodes: string[];
  networkIds: string[];
}

export interface SessionView {
  signedIn: boolean;
  user?: SessionUser;
  csrfToken?: string;
}

let current: SessionView = { signedIn: false };

export const currentSession = (): SessionView => current;

export const loadSession = async (): Promise<SessionView> => {
  const response = await fetch('/auth/session', { headers: { accept: 'application/json' } });
  current = response.ok ? ((await response.json()) as SessionView) : { signedIn: false };
  return current;
};

export const loginUrl = (returnTo: string): string => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;

export const signOut = async (): Promise<void> => {
  await fetch('/auth/logout', { method: 'POST', headers: { 'x-csrf-token': current.csrfToken ?? '' } });
  current = { signedIn: false };
  window.location.assign('/');
};
