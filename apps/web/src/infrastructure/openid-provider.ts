import { Injectable, type OnModuleInit } from '@nestjs/common';
import * as oidc from 'openid-client';
import { WEB_CONFIG } from '../web-config.token.js';
import { Inject } from '@nestjs/common';
import type { WebConfig } from '../web-config.js';

export interface AuthorizationStart {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface IssuedTokens {
  accessToken: string;
  idToken: string | undefined;
  /** The ID token's verified claims (issuer, audience, nonce, expiry checked by openid-client). */
  claims: Record<string, unknown>;
  expiresInSeconds: number | undefined;
}

/**
 * The OpenID provider as openid-client sees it: discovered once (lazily, so the web app starts before the issuer
 * answers), then the authorization code flow with PKCE. Only the settings differ between the development issuer and ACM/IDM.
 */
@Injectable()
export class OpenIdProvider implements OnModuleInit {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  onModuleInit(): void {
    // Tried at start so a wrong issuer shows in the log early; a failure is retried at the first sign-in.
    void this.discover().catch(() => undefined);
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/auth/callback`;
  }

  private discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.config.oidc;
    this.configuration ??= oidc
      .discovery(
        new URL(issuer),
        clientId,
        { redirect_uris: [this.redirectUri], response_types: ['code'] },
        clientSecret === undefined ? oidc.None() : oidc.ClientSecretBasic(clientSecret),
        // Plain HTTP only to the development issuer (loadWebConfig refuses it in production).
        this.config.platformMode === 'development' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async startAuthorization(): Promise<AuthorizationStart> {
    const configuration = await this.discover();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.oidc.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** `callbackUrl` is the full URL the issuer redirected to (code, state, iss). */
  async finishAuthorization(callbackUrl: URL, pending: { state: string; nonce: string; codeVerifier: string }): Promise<IssuedTokens> {
    const configuration = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    return {
      accessToken: tokens.access_token,
      idToken: tokens.id_token,
      claims: { ...(tokens.claims() ?? {}) },
      expiresInSeconds: tokens.expiresIn(),
    };
  }
}
