import {
  ForbiddenException,
  Inject,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { currentContext, IS_PUBLIC_ROUTE } from '#observability';
import { roleRefusal } from './access-rules.js';
import { ALLOWED_ALGORITHMS, CLOCK_TOLERANCE_SECONDS, OIDC_OPTIONS, type OidcOptions } from './auth-options.js';
import { principalFromClaims } from './claims.js';
import type { AuthenticatedRequest } from './current-principal.decorator.js';
import type { Principal, Role } from './principal.js';
import { ROLES_METADATA } from './roles.decorator.js';

/** Why a token was refused, in words a caller can act on; null when the failure is ours (keys unreachable), not the token's. */
export const tokenRefusal = (error: unknown, options: Pick<OidcOptions, 'issuer' | 'audience'>): string | null => {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `the token lacks the "${error.claim}" claim`;
    if (error.claim === 'iss') return `the token was not issued by ${options.issuer}`;
    if (error.claim === 'aud') return `the token is not meant for audience ${options.audience}`;
    if (error.claim === 'nbf') return 'the token is not valid yet';
    return `the token's "${error.claim}" claim is invalid`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return `the token is signed with an algorithm that is not accepted (accepted: ${ALLOWED_ALGORITHMS.join(', ')})`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return `the token's signature does not match any key of ${options.issuer}`;
  if (
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JOSENotSupported ||
    error instanceof errors.JWKInvalid
  )
    return 'the token is not a well-formed signed JWT';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return null;
  if (error instanceof errors.JOSEError) return 'the token is invalid';
  return null;
};

const BEARER = /^Bearer +([A-Za-z0-9\-_.~+/]+=*)$/i;

/**
 * Global guard of every HTTP route: verifies the bearer token against the issuer's published keys,
 * maps its claims to a Principal and checks `@Roles`. Fails closed: a route that declares neither
 * roles nor `Public()` is refused. Kafka handlers are not HTTP and are left alone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly reflector: Reflector,
    @Inject(OIDC_OPTIONS) private readonly options: OidcOptions,
  ) {
    this.keys = createRemoteJWKSet(new URL(options.jwksUrl));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_ROUTE, targets) === true) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    const store = currentContext();
    if (store) store.actor = { subject: principal.subject, role: principal.role, organisationCode: principal.organisationCode };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (!roles || roles.length === 0) throw new ForbiddenException('this route declares no roles, so nobody may call it');
    if (!roles.includes(principal.role)) throw new ForbiddenException(roleRefusal(roles, principal.role));
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const header = request.headers.authorization;
    if (header === undefined || header === '')
      throw new UnauthorizedException('a bearer token is required (Authorization: Bearer <token>)');
    const match = typeof header === 'string' ? BEARER.exec(header.trim()) : null;
    if (!match) throw new UnauthorizedException('the Authorization header must be "Bearer <token>"');
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(match[1], this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALLOWED_ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      const refusal = tokenRefusal(error, this.options);
      if (refusal === null)
        throw new ServiceUnavailableException(`the signing keys of ${this.options.issuer} cannot be fetched from ${this.options.jwksUrl}`, {
          cause: error,
        });
      throw new UnauthorizedException(refusal);
    }
    const mapped = principalFromClaims(claims);
    // A genuine token of someone who has no (single) Samenleven role: known, but not allowed.
    if (!mapped.ok) throw new ForbiddenException(mapped.reason);
    return mapped.principal;
  }
}
