import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { governmentUpdatedV1, TOPICS, type EventEnvelope, type GovernmentUpdatedV1 } from '#contracts';
import { eventually, queryDatabase, request, startServiceUnderTest, type ServiceUnderTest } from '#testing';
import { applicationsManifest } from '../src/applications.manifest.js';

interface Problem {
  status: number;
  detail: string;
  problems?: { field: string; problem: string }[];
}

interface Government {
  code: string;
  name: string;
  kboNumber: string | null;
  nonEuOriginInhabitants: number | null;
  contacts?: { email: string }[];
}

const HEADER = 'code;kboNumber;name;province;inhabitants;nonEuOriginInhabitants;contactName;contactEmail;contactPhone;contactRole';

/**
 * The register over HTTP: loaded at start, who sees what, the CSV body (its size limit and content type),
 * mass assignment, and an update reaching the broker. The rules themselves are the database tier's.
 */
describe('the register of local governments over HTTP', () => {
  let service: ServiceUnderTest;
  let abb: string;
  let gent: string;
  let mentor: string;
  let announced: EventEnvelope<GovernmentUpdatedV1>[];

  const upload = async <T>(token: string | undefined, body: string | Uint8Array, contentType = 'text/csv', query = '') => {
    const response = await fetch(`${service.url}/governments/import${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as T };
  };

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: applicationsManifest, label: 'register-http' });
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
    mentor = await service.issuer.token({ role: 'mentor', network: 'net-1' });
    announced = await service.tap<GovernmentUpdatedV1>(TOPICS.applications);
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('has loaded the shipped register at start', async () => {
    const all = await service.get<Government[]>('/governments', abb);
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(302);
    const oostende = await service.get<Government>('/governments/35013', abb);
    expect(oostende.body).toMatchObject({ code: '35013', name: 'Oostende', kboNumber: null, nonEuOriginInhabitants: null, contacts: [] });
    expect(
      (await service.get<Government[]>('/governments?province=Limburg&q=maas', abb)).body.map((government) => government.code),
    ).toEqual(['72021', '73107']);
  });

  it('imports a CSV file, idempotently, and refuses a bad one with every problem', async () => {
    const file = [
      `\uFEFF${HEADER}`,
      '44021;0207451227;;;;;Samenleven Gent;samenleven@gent.example;;primary',
      '12025;;;;;7600;Samenleven Mechelen;samenleven@mechelen.example;;primary',
      '',
    ].join('\r\n');
    // Checked first (?dryRun=true): the same answer, and nothing imported yet.
    expect(await upload(abb, file, 'text/csv', '?dryRun=true')).toEqual({
      status: 200,
      contentType: expect.stringMatching(/^application\/json/),
      body: { created: 0, updated: 2, unchanged: 0 },
    });
    expect((await service.get<Government>('/governments/44021', abb)).body.contacts).toEqual([]);
    expect((await upload<Problem>(abb, file, 'text/csv', '?dryRun=maybe')).status).toBe(400);
    expect(await upload(abb, file)).toMatchObject({ status: 200, body: { created: 0, updated: 2, unchanged: 0 } });
    expect(await upload(abb, file)).toMatchObject({ status: 200, body: { created: 0, updated: 0, unchanged: 2 } });

    const bad = await upload<Problem>(abb, `${HEADER}\n44021;0207451228;;;;;;;;\n11002;;;;;;Iemand;geen-adres;;primary\n`);
    expect(bad.status).toBe(400);
    expect(bad.contentType).toMatch(/^application\/problem\+json/);
    expect(bad.body.problems).toEqual([
      { field: 'row 2, kboNumber', problem: 'check digits do not match (0207451228)' },
      { field: 'row 3, contactEmail', problem: 'geen-adres is not an e-mail address' },
    ]);
    expect(bad.body.detail).toBe(
      'row 2, kboNumber: check digits do not match (0207451228); row 3, contactEmail: geen-adres is not an e-mail address',
    );
    expect((await service.get<Government>('/governments/11002', abb)).body.contacts).toEqual([]);

    // The updates reached the broker as government-updated v1. Keyed by government, they travel on different
    // partitions, so their order is not guaranteed: compared sorted by key.
    await eventually(async () =>
      expect(
        announced
          .filter((event) => event.type === governmentUpdatedV1.type)
          .map((event) => [event.key, event.payload.changedFields])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ).toEqual([
        ['12025', ['nonEuOriginInhabitants', 'contacts']],
        ['44021', ['kboNumber', 'contacts']],
      ]),
    );
  });

  it('takes a file only as text/csv, UTF-8 and at most 1 MB', async () => {
    const json = await upload<Problem>(abb, JSON.stringify({ code: '44021' }), 'application/json');
    expect(json.status).toBe(415);
    const latin1 = await upload<Problem>(abb, Buffer.from(`${HEADER}\n44021;;Gent\xe9;;;;;;;\n`, 'latin1'));
    expect([latin1.status, latin1.body.detail]).toEqual([400, 'the file must be UTF-8 text (save the CSV as UTF-8)']);
    const large = await upload<Problem>(abb, `${HEADER}\n${'44021;;;;;;;;;\n'.repeat(80_000)}`);
    expect([large.status, large.contentType]).toEqual([413, expect.stringMatching(/^application\/problem\+json/)]);
    const rows = await queryDatabase<{ count: string }>(
      service.databaseUrl,
      "SELECT count(*) FROM local_government WHERE name LIKE 'Gent%'",
    );
    expect(rows[0]?.count).toBe('1');
  });

  it('lets only ABB write, shows contacts to ABB and the government itself, and refuses mass assignment', async () => {
    expect((await upload(gent, `${HEADER}\n44021;;;;;;;;;\n`)).status).toBe(403);
    expect((await upload(undefined, `${HEADER}\n44021;;;;;;;;;\n`)).status).toBe(401);
    expect((await request('PATCH', `${service.url}/governments/44021`, gent, { nonEuOriginInhabitants: 1 })).status).toBe(403);
    expect((await request('POST', `${service.url}/governments`, gent, {})).status).toBe(403);
    expect((await service.get('/governments', mentor)).status).toBe(403);

    const own = await service.get<Government>('/governments/44021', gent);
    expect(own.body.contacts).toEqual([expect.objectContaining({ email: 'samenleven@gent.example' })]);
    const other = await service.get<Government>('/governments/12025', gent);
    expect(other.status).toBe(200);
    expect(other.body).not.toHaveProperty('contacts');
    const seenByGent = await service.get<Government[]>('/governments', gent);
    expect(seenByGent.body.filter((government) => government.contacts !== undefined).map((government) => government.code)).toEqual([
      '44021',
    ]);
    expect((await service.get('/governments/99999', abb)).status).toBe(404);
    expect((await service.get<Problem>('/governments/GENT', abb)).body.problems).toEqual([
      { field: 'code', problem: 'code must be a 5-digit NIS code, VGC or DE-RAND' },
    ]);

    for (const extra of [{ kind: 'vgc' }, { code: '11002' }, { arrondissement: 'Brussel' }]) {
      const refused = await request<Problem>('PATCH', `${service.url}/governments/44021`, abb, { name: 'Stad Gent', ...extra });
      expect(refused.status).toBe(400);
      expect(refused.body.problems).toEqual([
        { field: Object.keys(extra)[0], problem: `property ${Object.keys(extra)[0]} should not exist` },
      ]);
    }
    expect((await request<Problem>('PATCH', `${service.url}/governments/44021`, abb, { name: null })).status).toBe(400);
    const patched = await request<Government>('PATCH', `${service.url}/governments/44021`, abb, { nonEuOriginInhabitants: 61000 });
    expect([patched.status, patched.body.nonEuOriginInhabitants]).toEqual([200, 61000]);
    const duplicate = await request<Problem>('POST', `${service.url}/governments`, abb, {
      code: '44021',
      name: 'Gent',
      province: 'Oost-Vlaanderen',
      contacts: [],
    });
    expect([duplicate.status, duplicate.body.detail]).toEqual([409, 'code: local government 44021 is already registered']);
  });
});
