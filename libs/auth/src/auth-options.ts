/** Where tokens come from and for whom they must be meant. */
export interface OidcOptions {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

export const OIDC_OPTIONS = Symbol('OIDC_OPTIONS');

/** Asymmetric algorithms only: a shared-secret (HS*) or unsigned token is never accepted. */
export const ALLOWED_ALGORITHMS = ['RS256', 'ES256', 'PS256'];

/** Seconds of clock skew tolerated between the issuer and this service. */
export const CLOCK_TOLERANCE_SECONDS = 30;
