import { describe, expect, it } from '@jest/globals';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { errors } from 'jose';
import { AuthGuard, tokenRefusal } from './auth.guard.js';

const options = { issuer: 'https://authenticatie.vlaanderen.be/op', audience: 'samenleven' };

describe('tokenRefusal', () => {
  it('says in words why a token is refused', () => {
    expect(tokenRefusal(new errors.JWTExpired('expired', {}), options)).toBe('the token has expired');
    expect(tokenRefusal(new errors.JWTClaimValidationFailed('x', {}, 'iss', 'check_failed'), options)).toBe(
      'the token was not issued by https://authenticatie.vlaanderen.be/op',
    );
    expect(tokenRefusal(new errors.JWTClaimValidationFailed('x', {}, 'aud', 'check_failed'), options)).toBe(
      'the token is not meant for audience samenleven',
    );
    expect(tokenRefusal(new errors.JWTClaimValidationFailed('x', {}, 'exp', 'missing'), options)).toBe('the token lacks the "exp" claim');
    expect(tokenRefusal(new errors.JWSSignatureVerificationFailed(), options)).toContain('signature does not match');
    expect(tokenRefusal(new errors.JWSInvalid('bad'), options)).toBe('the token is not a well-formed signed JWT');
    expect(tokenRefusal(new errors.JOSEAlgNotAllowed('HS256'), options)).toContain('not accepted');
  });

  it('blames the service, not the token, when the keys cannot be fetched', () => {
    expect(tokenRefusal(new errors.JWKSTimeout(), options)).toBeNull();
    expect(tokenRefusal(new TypeError('fetch failed'), options)).toBeNull();
  });
});

describe('AuthGuard outside HTTP', () => {
  it('leaves Kafka handlers alone: they carry no bearer token', async () => {
    const guard = new AuthGuard(new Reflector(), { ...options, jwksUrl: 'http://127.0.0.1:1/jwks' });
    const rpc = { getType: () => 'rpc' } as unknown as ExecutionContext;
    await expect(guard.canActivate(rpc)).resolves.toBe(true);
  });
});
