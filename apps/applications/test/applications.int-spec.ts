import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applicationSubmittedV1, callClosedV1, callOpenedV1, TOPICS, type EventEnvelope } from '#contracts';
import { ProgrammeClock } from '#platform';
import { eventually, prepareGovernment, request, startServiceUnderTest, type ServiceUnderTest } from '#testing';
import { applicationsManifest } from '../src/applications.manifest.js';
import { belgianIbanFor } from '../src/domain/iban.js';

interface Problem {
  status: number;
  detail: string;
  problems?: { field: string; problem: string }[];
}

const DURING_CALL = new Date('2022-06-15T10:00:00.000Z');

const completeDraft = {
  lines: [
    { indicatorCode: 'A05', currentReach: 500, additionalReach: 1500, priority: 1 },
    { indicatorCode: 'A07', currentReach: 10, additionalReach: 40, priority: 2 },
  ],
  stimuli: { mentorships: [{ actionNumber: 5, motivation: 'Tien jaar ervaring.' }], cooperation: null, socialImpactBond: null },
  contacts: [{ name: 'Dienst Samenleven', email: 'samenleven@gent.example', phone: null, role: 'primary' }],
  iban: belgianIbanFor('0910000000'),
};

describe('applications over HTTP on the real broker and database: calls, drafts, submissions and who may do what', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<object>[];
  let abb: string;
  let gent: string;
  let antwerpen: string;
  let mentor: string;
  let callId: string;

  const call = <T>(method: string, path: string, token: string | undefined, body?: unknown) =>
    request<T>(method, `${service.url}${path}`, token, body);

  beforeAll(async () => {
    // Calls close at their date within a fifth of a second of the programme clock passing it.
    service = await startServiceUnderTest({
      manifest: applicationsManifest,
      label: 'applications',
      environment: { CALL_CLOSING_POLL_MS: '200' },
    });
    service.app.get(ProgrammeClock).set(DURING_CALL);
    announced = await service.tap<object>(TOPICS.applications);
    abb = await service.issuer.token({ role: 'abb' });
    gent = await service.issuer.token({ role: 'government', org: '44021', subject: 'officer-gent' });
    antwerpen = await service.issuer.token({ role: 'government', org: '11002', subject: 'officer-antwerpen' });
    mentor = await service.issuer.token({ role: 'mentor', network: 'network-A05' });
    // The shipped register is loaded at start; ABB records what eligibility needs.
    for (const [code, nonEuOriginInhabitants] of [
      ['44021', 60_000],
      ['11002', 150_000],
    ] as const)
      await prepareGovernment({ applications: service.url }, abb, code, {
        nonEuOriginInhabitants,
        contactEmail: `samenleven@${code}.example`,
      });
    const opened = await call<{ id: string }>('POST', '/calls', abb, {
      projectYear: 1,
      title: 'Oproep projectjaar 1',
      opensAt: '2022-06-01T00:00:00.000Z',
      closesAt: '2022-07-15T22:00:00.000Z',
    });
    expect(opened.status).toBe(201);
    callId = opened.body.id;
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it('an officer drafts, saves and submits; the submission and the call are announced on the broker', async () => {
    const created = await call<{ id: string; status: string; governmentCode: string }>('POST', '/applications', gent, { callId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', governmentCode: '44021' });
    const saved = await call<{ requested: { linesCents: number; stimuliCents: number } }>(
      'PUT',
      `/applications/${created.body.id}`,
      gent,
      completeDraft,
    );
    expect(saved.status).toBe(200);
    expect(saved.body.requested).toMatchObject({ linesCents: 1500 * 60 * 100 + 40 * 650 * 100, stimuliCents: 1_000_000 });
    const submitted = await call<{ status: string }>('POST', `/applications/${created.body.id}/submit`, gent);
    expect(submitted).toMatchObject({ status: 200, body: { status: 'submitted' } });
    expect((await call('POST', `/applications/${created.body.id}/submit`, gent)).status).toBe(409);
    await eventually(() =>
      expect(announced.map((event) => event.type)).toEqual(expect.arrayContaining([callOpenedV1.type, applicationSubmittedV1.type])),
    );
    expect((await call<unknown[]>('GET', `/applications?callId=${callId}`, gent)).body).toHaveLength(1);
    expect((await call<unknown[]>('GET', `/applications?callId=${callId}`, antwerpen)).body).toEqual([]);
  });

  it('a refused submission answers 400 with every problem in the problem document, each naming its field', async () => {
    const created = await call<{ id: string }>('POST', '/applications', antwerpen, { callId, governmentCode: '11002' });
    expect(created.status).toBe(201);
    await call('PUT', `/applications/${created.body.id}`, antwerpen, {
      ...completeDraft,
      lines: [{ indicatorCode: 'A05', currentReach: null, additionalReach: 99_999, priority: 3 }],
      iban: 'BE00 0000 0000 0000',
      contacts: [],
    });
    const refused = await call<Problem>('POST', `/applications/${created.body.id}/submit`, antwerpen);
    expect(refused.status).toBe(400);
    expect(refused.body.problems?.map((problem) => problem.field)).toEqual([
      'lines[0].currentReach',
      'lines[0].additionalReach',
      'lines[0].priority',
      'iban',
      'contacts',
    ]);
    expect(refused.body.detail).toContain('lines[0].additionalReach: the additional reach must be a whole number from 0 to 2250');
    expect((await call<{ status: string }>('GET', `/applications/${created.body.id}`, antwerpen)).body.status).toBe('draft');
  });

  it('another government gets 404 and never the data; a mentor may not write; naming another government is 403', async () => {
    const [mine] = (await call<{ id: string }[]>('GET', `/applications?callId=${callId}`, gent)).body;
    const stolen = await call<Problem & Record<string, unknown>>('GET', `/applications/${mine!.id}`, antwerpen);
    expect(stolen.status).toBe(404);
    expect(stolen.body).not.toHaveProperty('lines');
    expect(JSON.stringify(stolen.body)).not.toContain('44021');
    expect((await call('PUT', `/applications/${mine!.id}`, antwerpen, completeDraft)).status).toBe(404);
    expect((await call('POST', `/applications/${mine!.id}/submit`, antwerpen)).status).toBe(404);
    expect((await call('PUT', `/applications/${mine!.id}`, mentor, completeDraft)).status).toBe(403);
    expect((await call('POST', '/applications', mentor, { callId, governmentCode: '44021' })).status).toBe(403);
    expect((await call('POST', '/applications', antwerpen, { callId, governmentCode: '44021' })).status).toBe(403);
    expect((await call('POST', '/calls', gent, { projectYear: 1, title: 'x', opensAt: DURING_CALL, closesAt: DURING_CALL })).status).toBe(
      403,
    );
    expect((await call('POST', `/calls/${callId}/close`, gent)).status).toBe(403);
    expect((await call('POST', '/groups', gent, {})).status).toBe(403);
    expect((await call('GET', '/applications/not-a-uuid', abb)).status).toBe(404);
    expect((await call('POST', '/calls/{callId}/close', abb)).status).toBe(404);
  });

  it('mass assignment is refused: status, dates, amounts, the decider or another applicant in a body are a 400 naming them', async () => {
    const created = await call<{ id: string }>('POST', '/applications', gent, { callId, status: 'submitted', submittedAt: '2022-06-02' });
    expect(created.status).toBe(400);
    expect((created.body as unknown as Problem).problems?.map((problem) => problem.field)).toEqual(['status', 'submittedAt']);
    const [mine] = (await call<{ id: string }[]>('GET', `/applications?callId=${callId}`, abb)).body;
    const sneaky = await call<Problem>('PUT', `/applications/${mine!.id}`, abb, {
      ...completeDraft,
      status: 'decided',
      decidedBy: 'me',
      governmentCode: '11002',
      requested: { linesCents: 1 },
      lines: [{ indicatorCode: 'A05', additionalReach: 1, requestedCents: 999 }],
    });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.problems?.map((problem) => problem.field).sort()).toEqual(
      ['decidedBy', 'governmentCode', 'lines[0].requestedCents', 'requested', 'status'].sort(),
    );
    const opened = await call<Problem>('POST', '/calls', abb, {
      projectYear: 1,
      title: 'x',
      opensAt: '2022-06-01T00:00:00.000Z',
      closesAt: '2022-07-01T00:00:00.000Z',
      status: 'closed',
      catalogueVersion: 'mine',
    });
    expect(opened.status).toBe(400);
    expect(opened.body.problems?.map((problem) => problem.field)).toEqual(['status', 'catalogueVersion']);
    // A number or a boolean is no date, however a Date transform would read it (found by the fuzzer).
    const numbered = await call<Problem>('POST', '/calls', abb, { projectYear: 1, title: 'x', opensAt: 1654041600000, closesAt: true });
    expect(numbered.status).toBe(400);
    expect(numbered.body.problems?.map((problem) => problem.field)).toEqual(['opensAt', 'closesAt']);
  });

  it('the call closes by itself once the programme clock passes its closing date, announcing the submitted applications', async () => {
    service.app.get(ProgrammeClock).set(new Date('2022-07-16T00:00:00.000Z'));
    await eventually(async () => expect((await call<{ status: string }>('GET', `/calls/${callId}`, gent)).body.status).toBe('closed'));
    const closed = await eventually(() => {
      const event = announced.find((candidate) => candidate.type === callClosedV1.type);
      expect(event).toBeDefined();
      return event as EventEnvelope<{ closedBy: string; submittedApplicationIds: string[] }>;
    });
    expect(closed.payload.closedBy).toBe('closing-date');
    expect(closed.payload.submittedApplicationIds).toHaveLength(1);
    expect((await call('POST', `/calls/${callId}/close`, abb)).status).toBe(409);
  });
});
