import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { calculateJwkThumbprint, importJWK, SignJWT, type JWK } from 'jose';
import { SERVICES, type ServiceName } from '../apps/service-registry.js';
import { claimsForTokenRequest, type Role } from '#auth';
import { createTestIssuer, type TestIssuer } from '#testing';
import { declaredRoutes, type DeclaredRoute } from './support/declared-routes.js';
import { startPlatformUnderTest, type PlatformUnderTest } from './support/platform-under-test.js';

interface Schema {
  $ref?: string;
  type?: string;
  example?: unknown;
  enum?: unknown[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
}

interface Operation {
  parameters?: { name: string; in: string; required?: boolean; example?: unknown; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const CALLERS = [
  'anonymous',
  'expired',
  'wrong audience',
  'alg none',
  'other issuer',
  'other government',
  'mentor',
  'government',
  'abb',
] as const;
type Caller = (typeof CALLERS)[number];
const TOKEN_PROBLEMS: readonly Caller[] = ['anonymous', 'expired', 'wrong audience', 'alg none', 'other issuer'];
const ROLE_OF: Partial<Record<Caller, Role>> = { 'other government': 'government', mentor: 'mentor', government: 'government', abb: 'abb' };

/** 'answers': 2xx (public routes); 'allowed': past the guard and the access checks, so anything but 401, 403 or a 5xx. */
type Expectation = 'answers' | 'allowed' | 401 | 403;

const DEFAULT_GOVERNMENT = '44021';
const OTHER_GOVERNMENTS = ['11002', '44083'];

/** An example value for a schema: its own example, else the first enum value, else something of the right type. */
const exampleOf = (schema: Schema | undefined, document: OpenApiDocument): unknown => {
  if (schema === undefined) return undefined;
  if (schema.$ref !== undefined) return exampleOf(document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''], document);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum !== undefined) return schema.enum[0];
  if (schema.allOf !== undefined) return Object.assign({}, ...schema.allOf.map((part) => exampleOf(part, document)));
  if (schema.type === 'array') return [exampleOf(schema.items, document)];
  if (schema.type === 'object' || schema.properties !== undefined)
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, exampleOf(property, document)]));
  if (schema.type === 'integer' || schema.type === 'number') return 1;
  if (schema.type === 'boolean') return true;
  return 'example';
};

interface Probe {
  service: ServiceName;
  route: DeclaredRoute;
  url: string;
  body: unknown;
  /** The government the request names (query, path or body `governmentCode`), if it names one. */
  governmentCode: string | undefined;
  /** The request leaves out an optional `governmentCode` parameter: only ABB may ask about every government. */
  omitsGovernmentCode: boolean;
  documented: boolean;
}

const probesFor = (service: ServiceName, baseUrl: string, route: DeclaredRoute, document: OpenApiDocument): Probe[] => {
  const operation = document.paths[route.path]?.[route.method.toLowerCase()];
  const optionalGovernmentCode = (operation?.parameters ?? []).some(
    (parameter) => parameter.name === 'governmentCode' && parameter.in === 'query' && parameter.required !== true,
  );
  return [
    probeFor(service, baseUrl, route, document, operation, false),
    ...(optionalGovernmentCode ? [probeFor(service, baseUrl, route, document, operation, true)] : []),
  ];
};

const probeFor = (
  service: ServiceName,
  baseUrl: string,
  route: DeclaredRoute,
  document: OpenApiDocument,
  operation: Operation | undefined,
  omitsGovernmentCode: boolean,
): Probe => {
  let path = route.path;
  const query = new URLSearchParams();
  let governmentCode: string | undefined;
  for (const parameter of operation?.parameters ?? []) {
    if (omitsGovernmentCode && parameter.name === 'governmentCode') continue;
    const value = parameter.example ?? exampleOf(parameter.schema, document);
    if (value === undefined) continue;
    if (parameter.name === 'governmentCode') governmentCode = String(value);
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    if (parameter.in === 'query') query.set(parameter.name, String(value));
  }
  const body = exampleOf(operation?.requestBody?.content?.['application/json']?.schema, document);
  if (typeof body === 'object' && body !== null && 'governmentCode' in body) governmentCode = String(body.governmentCode);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return {
    service,
    route,
    url: `${baseUrl}${path}${search}`,
    body,
    governmentCode,
    omitsGovernmentCode,
    documented: operation !== undefined,
  };
};

/**
 * What the guard and the access rules promise: a token problem is 401 on every protected route; a role the
 * route does not declare is 403; a government token for another government than the one the request names is 403,
 * and so is any government token when the request leaves an optional governmentCode out (that asks about them all).
 */
const expectationFor = (probe: Probe, caller: Caller): Expectation => {
  if (probe.route.isPublic) return 'answers';
  if (TOKEN_PROBLEMS.includes(caller)) return 401;
  const role = ROLE_OF[caller];
  if (role === undefined || !probe.route.roles.includes(role)) return 403;
  if (caller === 'other government' && probe.governmentCode !== undefined) return 403;
  if (role === 'government' && probe.omitsGovernmentCode) return 403;
  return 'allowed';
};

const meets = (status: number, expectation: Expectation): boolean =>
  expectation === 'answers'
    ? status >= 200 && status < 300
    : expectation === 'allowed'
      ? status !== 401 && status !== 403 && status < 500
      : status === expectation;

const SHORT: Record<Caller, string> = {
  anonymous: 'anon',
  expired: 'expired',
  'wrong audience': 'aud',
  'alg none': 'none',
  'other issuer': 'issuer',
  'other government': 'othergov',
  mentor: 'mentor',
  government: 'gov',
  abb: 'abb',
};

describe('access matrix: every endpoint of every service, with every kind of caller', () => {
  let platform: PlatformUnderTest;
  let stranger: TestIssuer;
  let signWithIssuerKey: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    platform = await startPlatformUnderTest('access');
    stranger = await createTestIssuer();
    const stored = JSON.parse(await readFile(platform.issuerKeyFile, 'utf8')) as { alg: string; privateJwk: JWK };
    const { kty, crv, x, y } = stored.privateJwk;
    const kid = await calculateJwkThumbprint({ kty, crv, x, y });
    const key = await importJWK(stored.privateJwk, stored.alg);
    signWithIssuerKey = (claims) =>
      new SignJWT(claims).setProtectedHeader({ alg: stored.alg, kid }).setIssuedAt().setExpirationTime('5m').sign(key);
  });

  afterAll(async () => {
    await stranger?.stop();
    await platform?.stop();
  });

  /** Token problems carry ABB's claims, so only the problem itself can explain a refusal. */
  const tokenFor = async (caller: Caller, governmentCode: string): Promise<string | undefined> => {
    const { issuer } = platform;
    switch (caller) {
      case 'anonymous':
        return undefined;
      case 'expired':
        return issuer.token({ role: 'abb', expiresIn: '-5m' });
      case 'wrong audience':
        return signWithIssuerKey({ ...claimsForTokenRequest({ role: 'abb' }), iss: issuer.issuer, aud: 'another-application' });
      case 'alg none': {
        const payload = (await issuer.token({ role: 'abb' })).split('.')[1];
        return `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
      }
      case 'other issuer':
        return stranger.token({ role: 'abb' });
      case 'other government':
        return issuer.token({ role: 'government', org: OTHER_GOVERNMENTS.find((code) => code !== governmentCode) });
      case 'mentor':
        return issuer.token({ role: 'mentor', network: 'network-A05' });
      case 'government':
        return issuer.token({ role: 'government', org: governmentCode });
      case 'abb':
        return issuer.token({ role: 'abb' });
    }
  };

  it('answers each (endpoint, caller) as the routes declare: 401 for token problems, 403 for a role or government refused', async () => {
    const probes: Probe[] = [];
    const undeclared: string[] = [];
    for (const manifest of SERVICES) {
      const baseUrl = platform.urls[manifest.name];
      const document = (await (await fetch(`${baseUrl}/docs-json`)).json()) as OpenApiDocument;
      const routes = declaredRoutes(manifest);
      for (const [path, operations] of Object.entries(document.paths))
        for (const method of Object.keys(operations))
          if (!routes.some((route) => route.key === `${method.toUpperCase()} ${path}`))
            undeclared.push(`${manifest.name} ${method.toUpperCase()} ${path}`);
      probes.push(...routes.flatMap((route) => probesFor(manifest.name, baseUrl, route, document)));
    }
    // Every operation of the documents is a route whose roles are known, and every protected route is documented.
    expect(undeclared).toEqual([]);
    expect(
      probes.filter((probe) => !probe.route.isPublic && !probe.documented).map((probe) => `${probe.service} ${probe.route.key}`),
    ).toEqual([]);
    expect(probes.filter((probe) => !probe.route.isPublic).length).toBeGreaterThan(0);

    const rows = await Promise.all(
      probes.map(async (probe) => {
        const cells = await Promise.all(
          CALLERS.map(async (caller) => {
            const token = await tokenFor(caller, probe.governmentCode ?? DEFAULT_GOVERNMENT);
            const response = await fetch(probe.url, {
              method: probe.route.method,
              headers: {
                ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
                ...(probe.body === undefined ? {} : { 'content-type': 'application/json' }),
              },
              body: probe.body === undefined ? undefined : JSON.stringify(probe.body),
            });
            await response.arrayBuffer();
            const expectation = expectationFor(probe, caller);
            return { caller, status: response.status, expectation, ok: meets(response.status, expectation) };
          }),
        );
        return { label: `${probe.service} ${probe.route.key}${probe.omitsGovernmentCode ? ' (no governmentCode)' : ''}`, cells };
      }),
    );

    const width = Math.max(...rows.map((row) => row.label.length));
    const matrix = [
      `${'route'.padEnd(width)} ${CALLERS.map((caller) => SHORT[caller].padEnd(9)).join(' ')}`,
      ...rows.map(
        (row) =>
          `${row.label.padEnd(width)} ${row.cells
            .map((cell) => (cell.ok ? String(cell.status) : `${cell.status}!${cell.expectation}`).padEnd(9))
            .join(' ')}`,
      ),
    ].join('\n');
    const failed = rows.some((row) => row.cells.some((cell) => !cell.ok));
    // On failure the whole matrix is printed; a cell "200!403" answered 200 where 403 was expected.
    expect(failed ? `mismatches:\n${matrix}` : 'every cell as expected').toBe('every cell as expected');
  });
});
