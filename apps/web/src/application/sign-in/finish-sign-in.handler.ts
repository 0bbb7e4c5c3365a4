import { Inject, Injectable } from '@nestjs/common';
import { principalFromClaims } from '#auth';
import { newCsrfToken } from '../../domain/csrf.js';
import { OpenIdProvider } from '../../infrastructure/openid-provider.js';
import { WebSessionRepository } from '../../infrastructure/web-session.repository.js';
import { WEB_CONFIG } from '../../web-config.token.js';
import type { WebConfig } from '../../web-config.js';

export interface FinishSignIn {
  /** The cookie of the pending sign-in. */
  sessionId: string | undefined;
  callbackUrl: URL;
}

export type SignInOutcome = { ok: true; sessionId: string; returnTo: string } | { ok: false; reason: string };

/**
 * The issuer sent the user back with a code: the pending sign-in is used up (once only), the code exchanged with
 * the PKCE verifier, and a new session made with a new id (the pre-login id never becomes a signed-in one).
 */
@Injectable()
export class FinishSignInHandler {
  constructor(
    @Inject(OpenIdProvider) private readonly provider: OpenIdProvider,
    @Inject(WebSessionRepository) private readonly sessions: WebSessionRepository,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  async execute({ sessionId, callbackUrl }: FinishSignIn): Promise<SignInOutcome> {
    const pending = await this.sessions.take(sessionId);
    if (pending?.kind !== 'pending') return { ok: false, reason: 'no sign-in was started in this browser, or it took too long' };
    let tokens;
    try {
      tokens = await this.provider.finishAuthorization(callbackUrl, pending);
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    const mapping = principalFromClaims(tokens.claims);
    if (!mapping.ok) return { ok: false, reason: mapping.reason };
    const lifetime = Math.min(this.config.sessionLifetimeSeconds, tokens.expiresInSeconds ?? Number.POSITIVE_INFINITY);
    const signedIn = await this.sessions.create(
      {
        kind: 'signed-in',
        accessToken: tokens.accessToken,
        idToken: tokens.idToken,
        principal: mapping.principal,
        csrfToken: newCsrfToken(),
      },
      Math.max(60, Math.floor(lifetime)),
    );
    return { ok: true, sessionId: signedIn, returnTo: pending.returnTo };
  }
}
