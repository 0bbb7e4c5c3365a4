import { Inject, Injectable } from '@nestjs/common';
import { safeReturnPath } from '../../domain/web-session.js';
import { OpenIdProvider } from '../../infrastructure/openid-provider.js';
import { WebSessionRepository } from '../../infrastructure/web-session.repository.js';

/** A sign-in waits this long for the user at the issuer. */
const PENDING_LIFETIME_SECONDS = 10 * 60;

export interface StartSignIn {
  returnTo: unknown;
}

/** Starts the authorization code flow: state, nonce and PKCE verifier kept server-side, the browser sent to the issuer. */
@Injectable()
export class StartSignInHandler {
  constructor(
    @Inject(OpenIdProvider) private readonly provider: OpenIdProvider,
    @Inject(WebSessionRepository) private readonly sessions: WebSessionRepository,
  ) {}

  async execute({ returnTo }: StartSignIn): Promise<{ sessionId: string; redirectTo: string }> {
    const start = await this.provider.startAuthorization();
    await this.sessions.removeExpired();
    const sessionId = await this.sessions.create(
      { kind: 'pending', state: start.state, nonce: start.nonce, codeVerifier: start.codeVerifier, returnTo: safeReturnPath(returnTo) },
      PENDING_LIFETIME_SECONDS,
    );
    return { sessionId, redirectTo: start.url };
  }
}
