import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryDatabase, startServiceUnderTest, type ServiceUnderTest } from '#testing';
import { applicationsManifest } from '../apps/applications/src/applications.manifest.js';
import { reportingManifest } from '../apps/reporting/src/reporting.manifest.js';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  problems?: { field: string; problem: string }[];
}

interface Answer {
  status: number;
  headers: Headers;
  body: Problem;
}

/** Sends the body exactly as given (raw JSON text), so the test controls escapes and nesting the client would not produce. */
const send = async (method: string, url: string, token: string | undefined, body?: string): Promise<Answer> => {
  const response = await fetch(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text === '' ? null : JSON.parse(text)) as Problem };
};

/** Every refusal is an RFC 9457 problem document of its own status. */
const expectProblem = (answer: Answer, status: number): void => {
  expect({ status: answer.status, contentType: answer.headers.get('content-type') }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(answer.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
};

const mechelen = {
  code: '12025',
  kboNumber: '0207500024',
  name: 'Stad Mechelen',
  province: 'Antwerpen',
  contacts: [{ name: 'Samenleven', email: 'samenleven@mechelen.example', role: 'primary' }],
};

/** The shipped register applications loads at start: 300 municipalities, VGC and vzw de Rand. Refusals add nothing to it. */
const REGISTER_SIZE = 302;

const PROTOTYPE_MEMBERS = ['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__'];

describe('hostile input over HTTP: never a 5xx, always a problem document naming the field', () => {
  let applications: ServiceUnderTest;
  let reporting: ServiceUnderTest;
  let abb: string;
  let reportingAbb: string;

  const governmentCount = async (): Promise<number> =>
    Number((await queryDatabase<{ count: string }>(applications.databaseUrl, 'SELECT count(*) AS count FROM local_government'))[0]!.count);

  beforeAll(async () => {
    applications = await startServiceUnderTest({ manifest: applicationsManifest, label: 'hostile-applications' });
    reporting = await startServiceUnderTest({ manifest: reportingManifest, label: 'hostile-reporting', databaseProxy: true });
    abb = await applications.issuer.token({ role: 'abb' });
    reportingAbb = await reporting.issuer.token({ role: 'abb' });
  });

  afterAll(async () => {
    await applications?.stop();
    await reporting?.stop();
  });

  it('refuses a deeply nested body with a 400 and a body over the size limit with a 413', async () => {
    const deep = `{"code":${'['.repeat(2000)}${']'.repeat(2000)}}`;
    expect(deep.length).toBeLessThan(4100);
    for (const [service, path, token] of [
      [applications, '/governments', abb],
      [reporting, '/reports', reportingAbb],
    ] as const) {
      const nested = await send('POST', `${service.url}${path}`, token, deep);
      expectProblem(nested, 400);
      expect(nested.body.detail).toContain('nested');
    }
    const large = await send('POST', `${applications.url}/governments`, abb, JSON.stringify({ ...mechelen, name: 'x'.repeat(200_000) }));
    expectProblem(large, 413);
    expect(await governmentCount()).toBe(REGISTER_SIZE);
  });

  it('refuses a lone UTF-16 surrogate or a NUL character in a string field with a 400 naming the field', async () => {
    const body = JSON.stringify(mechelen).replace('samenleven@mechelen.example', 'samenleven\\ud800@mechelen.example');
    const answer = await send('POST', `${applications.url}/governments`, abb, body);
    expectProblem(answer, 400);
    expect(answer.body.problems).toEqual([{ field: 'contacts[0].email', problem: expect.stringContaining('Unicode') }]);
    expect(answer.body.detail).toContain('contacts[0].email');
    const nul = await send('POST', `${applications.url}/governments`, abb, JSON.stringify({ ...mechelen, name: 'Stad\u0000Mechelen' }));
    expectProblem(nul, 400);
    expect(nul.body.problems).toEqual([{ field: 'name', problem: 'the text must not contain the NUL character (U+0000)' }]);
    const inKey = await send(
      'POST',
      `${applications.url}/governments`,
      abb,
      JSON.stringify(mechelen).replace('"province"', '"prov\\udc00"'),
    );
    expectProblem(inKey, 400);
    expect(await governmentCount()).toBe(REGISTER_SIZE);
  });

  it.each(PROTOTYPE_MEMBERS)('refuses %s as a body key, also nested, like any unknown field', async (member) => {
    const topLevel = await send('POST', `${applications.url}/governments`, abb, JSON.stringify(mechelen).replace('{', `{"${member}":"x",`));
    expectProblem(topLevel, 400);
    // Only the extra key is wrong: the fields that are there are not reported missing.
    expect(topLevel.body.problems).toEqual([{ field: member, problem: `property ${member} should not exist` }]);
    const nested = JSON.stringify(mechelen).replace('{"name":"Samenleven"', `{"${member}":{},"name":"Samenleven"`);
    const inContact = await send('POST', `${applications.url}/governments`, abb, nested);
    expectProblem(inContact, 400);
    expect(inContact.body.problems).toEqual([{ field: `contacts[0].${member}`, problem: `property ${member} should not exist` }]);
    expect(await governmentCount()).toBe(REGISTER_SIZE);
  });

  it.each(PROTOTYPE_MEMBERS)('refuses %s as a query key like any unknown field', async (member) => {
    const answer = await send('GET', `${reporting.url}/figures?projectYear=1&${member}=1`, reportingAbb);
    expectProblem(answer, 400);
    expect(answer.body.problems).toEqual([{ field: member, problem: `property ${member} should not exist` }]);
  });

  it('answers every refusal as a problem document, and sends security headers without X-Powered-By', async () => {
    const anonymous = await send('GET', `${applications.url}/governments`, undefined);
    expectProblem(anonymous, 401);
    expect(anonymous.body.detail).toBe('a bearer token is required (Authorization: Bearer <token>)');
    expectProblem(await send('GET', `${applications.url}/no-such-route`, abb), 404);
    expectProblem(await send('POST', `${applications.url}/governments`, abb, '{"code":'), 400);
    const unknown = await send('POST', `${applications.url}/governments`, abb, JSON.stringify({ ...mechelen, extra: true }));
    expectProblem(unknown, 400);
    expect(unknown.body.problems).toEqual([{ field: 'extra', problem: 'property extra should not exist' }]);

    const ok = await send('GET', `${applications.url}/governments`, abb);
    expect(ok.status).toBe(200);
    for (const answer of [ok, anonymous]) {
      expect(answer.headers.get('x-powered-by')).toBeNull();
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(answer.headers.get('strict-transport-security')).toContain('max-age=');
    }
  });

  it('documents the problem responses in the OpenAPI document of every route', async () => {
    const document = (await (await fetch(`${applications.url}/docs-json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: object; headers?: object }> }>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(document.components.schemas.Problem!.required).toEqual(['type', 'title', 'status', 'detail']);
    const register = document.paths['/governments']!.post!.responses;
    expect(register['4XX']!.content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
    expect(register['503']!.headers).toHaveProperty('Retry-After');
    expect(register['201']).toBeDefined();
    // The operations routes need no database, so they promise no 503.
    expect(document.paths['/health/live']!.get!.responses['503']).toBeUndefined();
  });

  it('answers 503 with Retry-After while its database is unreachable, stores nothing, and recovers', async () => {
    const report = JSON.stringify({ governmentCode: '71016', periodCode: 'PJ1-INTERIM', results: [{ indicatorCode: 'A05', achieved: 3 }] });
    await reporting.databaseProxy!.pause();
    try {
      const unavailable = await send('POST', `${reporting.url}/reports`, reportingAbb, report);
      expectProblem(unavailable, 503);
      expect(Number(unavailable.headers.get('retry-after'))).toBeGreaterThan(0);
      expectProblem(await send('GET', `${reporting.url}/figures?projectYear=1`, reportingAbb), 503);
      const notReady = await send('GET', `${reporting.url}/health/ready`, undefined);
      expectProblem(notReady, 503);
      expect(notReady.body).toMatchObject({ checks: { database: { ok: false } } });
    } finally {
      await reporting.databaseProxy!.resume();
    }
    // Nothing half-written: no report, no event waiting in the outbox, no audit row.
    const rows = await queryDatabase<{ reports: string; events: string; audits: string }>(
      reporting.databaseUrl,
      'SELECT (SELECT count(*) FROM report) AS reports, (SELECT count(*) FROM outbox) AS events, ' +
        '(SELECT count(*) FROM audit_log) AS audits',
    );
    expect(rows[0]).toEqual({ reports: '0', events: '0', audits: '0' });
    // Back: the same report now reaches the rules (no targets were committed for 71016).
    const answered = await send('POST', `${reporting.url}/reports`, reportingAbb, report);
    expectProblem(answered, 409);
  });
});
