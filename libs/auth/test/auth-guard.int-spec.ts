import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, ConflictException, Controller, Get, HttpCode, Module, Param, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { calculateJwkThumbprint, importJWK, SignJWT, type JWK } from 'jose';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '#persistence';
import {
  assertGovernmentAccess,
  AUDIT_ENTITIES,
  AuditTrail,
  AuthModule,
  claimsForTokenRequest,
  CreateAuditLog1763800000001,
  CurrentPrincipal,
  Roles,
  type Principal,
} from '#auth';
import { Public, runWithContext } from '#observability';
import { createTestDatabase, createTestIssuer, startDevIssuer, type DevIssuer, type TestDatabase, type TestIssuer } from '#testing';

interface AuditRow {
  actor_subject: string;
  actor_role: string;
  actor_organisation: string | null;
  action: string;
  object_type: string;
  object_id: string;
  before: unknown;
  after: { governmentCode: string; at: string } | null;
  correlation_id: string;
}

@Controller()
class ProbeController {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  @Get('abb-only')
  @Roles('abb')
  abbOnly(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Get('governments/:code')
  @Roles('abb', 'government')
  government(@Param('code') code: string, @CurrentPrincipal() principal: Principal): { code: string; subject: string } {
    assertGovernmentAccess(principal, code);
    return { code, subject: principal.subject };
  }

  @Get('open')
  @Public()
  open(): { open: boolean } {
    return { open: true };
  }

  /** Declares neither roles nor Public(): must be refused for everyone. */
  @Get('forgotten')
  forgotten(): { reached: boolean } {
    return { reached: true };
  }

  /** Writes an audit row in a transaction; `fail` makes the transaction roll back after the row was written. */
  @Post('audited')
  @HttpCode(201)
  @Roles('abb', 'government')
  async audited(
    @Body() body: { objectId: string; fail?: boolean },
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ objectId: string }> {
    await this.unitOfWork.run(async () => {
      assertGovernmentAccess(principal, '44021');
      await this.audit.record({
        action: 'probe',
        objectType: 'probe',
        objectId: body.objectId,
        before: null,
        after: { governmentCode: '44021', at: new Date(0) },
      });
      if (body.fail === true) throw new ConflictException('rolled back on purpose');
    });
    return { objectId: body.objectId };
  }
}

describe('AuthGuard and AuditTrail in a real Nest HTTP app', () => {
  let issuer: DevIssuer;
  let stranger: TestIssuer;
  let keyDir: string;
  let database: TestDatabase;
  let dataSource: DataSource;
  let app: INestApplication;
  let baseUrl: string;

  /** Signs with the issuer's own key (read from its key file), so one claim at a time can be made wrong. */
  const signWithIssuerKey = async (claims: Record<string, unknown>, { expires = true }: { expires?: boolean } = {}): Promise<string> => {
    const stored = JSON.parse(await readFile(path.join(keyDir, 'issuer-key.json'), 'utf8')) as { alg: string; privateJwk: JWK };
    const { kty, crv, x, y } = stored.privateJwk;
    const kid = await calculateJwkThumbprint({ kty, crv, x, y });
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: stored.alg, kid }).setIssuedAt();
    if (expires) jwt.setExpirationTime('5m');
    return jwt.sign(await importJWK(stored.privateJwk, stored.alg));
  };

  const call = async (method: 'GET' | 'POST', route: string, token?: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const auditRows = (objectId: string): Promise<AuditRow[]> =>
    dataSource.query<AuditRow[]>('SELECT * FROM audit_log WHERE object_id = $1', [objectId]);

  beforeAll(async () => {
    keyDir = await mkdtemp(path.join(tmpdir(), 'samenleven-auth-'));
    issuer = await startDevIssuer({ port: 0, keyFile: path.join(keyDir, 'issuer-key.json') });
    stranger = await createTestIssuer();
    database = await createTestDatabase('auth_guard');
    dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      entities: AUDIT_ENTITIES,
      migrations: [CreateAuditLog1763800000001],
      synchronize: false,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();

    @Module({
      imports: [AuthModule.forRoot({ issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl })],
      controllers: [ProbeController],
      providers: [{ provide: DataSource, useValue: dataSource }, UnitOfWork],
    })
    class ProbeModule {}

    app = await NestFactory.create(ProbeModule, { logger: false });
    // Stands in for the observability middleware: one request context per request, as in the services.
    app.use((request: { headers: Record<string, string | undefined> }, _response: unknown, next: () => void) =>
      runWithContext({ correlationId: request.headers['x-correlation-id'] ?? randomUUID(), causationId: null }, next),
    );
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await database?.drop();
    await stranger?.stop();
    await issuer?.stop();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  it('refuses a request without a token, or with a token that is not a JWT, with 401 and a reason', async () => {
    expect(await call('GET', '/abb-only')).toEqual({
      status: 401,
      body: expect.objectContaining({ message: 'a bearer token is required (Authorization: Bearer <token>)' }),
    });
    expect(await call('GET', '/abb-only', undefined, undefined, { authorization: 'Basic YWJiOmFiYg==' })).toMatchObject({
      status: 401,
      body: { message: 'the Authorization header must be "Bearer <token>"' },
    });
    expect(await call('GET', '/abb-only', 'not-a-jwt')).toMatchObject({
      status: 401,
      body: { message: 'the token is not a well-formed signed JWT' },
    });
  });

  it('refuses expired tokens, tokens for another audience or from another issuer, and tokens without exp', async () => {
    expect(await call('GET', '/abb-only', await issuer.token({ role: 'abb', expiresIn: '-5m' }))).toMatchObject({
      status: 401,
      body: { message: 'the token has expired' },
    });
    const abbClaims = claimsForTokenRequest({ role: 'abb' });
    expect(
      await call('GET', '/abb-only', await signWithIssuerKey({ ...abbClaims, iss: issuer.issuer, aud: 'another-application' })),
    ).toMatchObject({
      status: 401,
      body: { message: 'the token is not meant for audience samenleven' },
    });
    expect(
      await call('GET', '/abb-only', await signWithIssuerKey({ ...abbClaims, iss: 'http://127.0.0.1:1', aud: issuer.audience })),
    ).toMatchObject({
      status: 401,
      body: { message: `the token was not issued by ${issuer.issuer}` },
    });
    expect(
      await call(
        'GET',
        '/abb-only',
        await signWithIssuerKey({ ...abbClaims, iss: issuer.issuer, aud: issuer.audience }, { expires: false }),
      ),
    ).toMatchObject({
      status: 401,
      body: { message: 'the token lacks the "exp" claim' },
    });
  });

  it('refuses a token signed with another key, and an unsigned or shared-secret one', async () => {
    expect(await call('GET', '/abb-only', await stranger.token({ role: 'abb' }))).toMatchObject({
      status: 401,
      body: { message: expect.stringContaining('signature does not match') },
    });
    const genuine = await issuer.token({ role: 'abb' });
    const [header, payload] = genuine.split('.');
    const otherClaims = { ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 'someone-else' };
    const tampered = `${header}.${Buffer.from(JSON.stringify(otherClaims)).toString('base64url')}.${genuine.split('.')[2]}`;
    expect(await call('GET', '/abb-only', tampered)).toMatchObject({
      status: 401,
      body: { message: expect.stringContaining('signature does not match') },
    });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    expect((await call('GET', '/abb-only', unsigned)).status).toBe(401);
    const hs256 = await new SignJWT({ ...claimsForTokenRequest({ role: 'abb' }) })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    expect(await call('GET', '/abb-only', hs256)).toMatchObject({
      status: 401,
      body: { message: expect.stringContaining('algorithm that is not accepted') },
    });
  });

  it('lets the right role in and maps the ACM/IDM claims to the principal', async () => {
    const response = await call('GET', '/abb-only', await issuer.token({ role: 'abb', subject: 'abb-officer' }));
    expect(response).toEqual({
      status: 200,
      body: expect.objectContaining({
        subject: 'abb-officer',
        role: 'abb',
        organisationCode: 'OVO002949',
        governmentCodes: [],
        networkIds: [],
      }),
    });
  });

  it('refuses the wrong role and another government with 403 naming what is refused', async () => {
    const gent = await issuer.token({ role: 'government', org: '44021' });
    expect(await call('GET', '/abb-only', gent)).toMatchObject({
      status: 403,
      body: { message: "this route is for role abb; the token's role is government" },
    });
    expect(await call('GET', '/governments/11002', gent)).toMatchObject({
      status: 403,
      body: { message: 'no access to local government 11002: this token is for local government 44021' },
    });
    expect(await call('GET', '/governments/44021', gent)).toMatchObject({ status: 200, body: { code: '44021' } });
    expect((await call('GET', '/governments/11002', await issuer.token({ role: 'abb' }))).status).toBe(200);
    expect((await call('GET', '/governments/44021', await issuer.token({ role: 'mentor', network: 'net-1' }))).status).toBe(403);
  });

  it('lets a group lead act for every government of its group, and no other', async () => {
    const lead = await issuer.token({ role: 'government', org: '44021,44083' });
    expect((await call('GET', '/governments/44083', lead)).status).toBe(200);
    expect((await call('GET', '/governments/11002', lead)).status).toBe(403);
  });

  it('serves Public() routes without a token and refuses routes that declare no roles', async () => {
    expect(await call('GET', '/open')).toEqual({ status: 200, body: { open: true } });
    expect((await call('GET', '/forgotten')).status).toBe(401);
    expect(await call('GET', '/forgotten', await issuer.token({ role: 'abb' }))).toMatchObject({
      status: 403,
      body: { message: 'this route declares no roles, so nobody may call it' },
    });
  });

  it('audits a write with the actor from the token and the correlation id, in the same transaction', async () => {
    const objectId = randomUUID();
    const correlationId = randomUUID();
    const gent = await issuer.token({ role: 'government', org: '44021', subject: 'officer-gent' });
    expect((await call('POST', '/audited', gent, { objectId }, { 'x-correlation-id': correlationId })).status).toBe(201);
    expect(await auditRows(objectId)).toEqual([
      expect.objectContaining({
        actor_subject: 'officer-gent',
        actor_role: 'government',
        actor_organisation: '44021',
        action: 'probe',
        object_type: 'probe',
        before: null,
        after: { governmentCode: '44021', at: '1970-01-01T00:00:00.000Z' },
        correlation_id: correlationId,
      }),
    ]);
  });

  it('leaves no audit row behind when the transaction rolls back', async () => {
    const objectId = randomUUID();
    const gent = await issuer.token({ role: 'government', org: '44021' });
    expect(await call('POST', '/audited', gent, { objectId, fail: true })).toMatchObject({
      status: 409,
      body: { message: 'rolled back on purpose' },
    });
    expect(await auditRows(objectId)).toEqual([]);
  });

  it('records the system as actor when there is no request (seeding, consumers)', async () => {
    const objectId = randomUUID();
    await app
      .get(UnitOfWork)
      .run(() => app.get(AuditTrail).record({ action: 'seed', objectType: 'probe', objectId, before: undefined, after: 'plain' }));
    expect(await auditRows(objectId)).toEqual([
      expect.objectContaining({ actor_subject: 'system', actor_role: 'system', actor_organisation: null, before: null, after: 'plain' }),
    ]);
  });

  it('keeps the entity and the migration of audit_log identical', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});

describe('development issuer', () => {
  it('keeps its key in the key file, so tokens survive a restart', async () => {
    const keyDir = await mkdtemp(path.join(tmpdir(), 'samenleven-issuer-'));
    const keyFile = path.join(keyDir, 'nested', 'issuer-key.json');
    const first = await startDevIssuer({ port: 0, keyFile });
    const firstKeys = (await (await fetch(first.jwksUrl)).json()) as { keys: JWK[] };
    await first.stop();
    const second = await startDevIssuer({ port: 0, keyFile });
    try {
      expect((await (await fetch(second.jwksUrl)).json()) as { keys: JWK[] }).toEqual(firstKeys);
      const configuration = (await (await fetch(`${second.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
      expect(configuration).toMatchObject({ issuer: second.issuer, jwks_uri: second.jwksUrl });
      const issued = await fetch(`${second.issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'government', org: '44021' }),
      });
      expect(issued.status).toBe(200);
      expect(((await issued.json()) as { access_token: string }).access_token.split('.')).toHaveLength(3);
      const refused = await fetch(`${second.issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'government' }),
      });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { message: string }).message).toContain('needs org');
    } finally {
      await second.stop();
      await rm(keyDir, { recursive: true, force: true });
    }
  });
});
