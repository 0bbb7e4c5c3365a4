import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { programmeClockMovedV1, TOPICS, type EventEnvelope, type ProgrammeClockMovedV1 } from '#contracts';
import { ProgrammeClock } from '#platform';
import { eventually, request, startServiceUnderTest, type ServiceUnderTest } from '#testing';
import { applicationsManifest } from '../src/applications.manifest.js';

/** The wiring of POST /programme-clock: who may move the clock, the answers, and the event on applications' topic. */
describe('the programme clock over HTTP and Kafka', () => {
  let service: ServiceUnderTest;
  let announced: EventEnvelope<object>[];
  let abb: string;
  let gent: string;

  beforeAll(async () => {
    service = await startServiceUnderTest({ manifest: applicationsManifest, label: 'applications_clock' });
    service.app.get(ProgrammeClock).set(new Date('2022-06-15T09:00:00Z'));
    announced = await service.tap<object>(TOPICS.applications);
    abb = await service.issuer.token({ role: 'abb', subject: 'abb-clock' });
    gent = await service.issuer.token({ role: 'government', org: '44021' });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it('lets ABB move it forward, and nobody else', async () => {
    const shown = await service.get<{ now: string; mode: string; movable: boolean }>('/programme-clock', gent);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ mode: 'development', movable: true });
    expect(shown.body.now.slice(0, 10)).toBe('2022-06-15');

    expect((await request('POST', `${service.url}/programme-clock`, undefined, { to: '2023-04-16' })).status).toBe(401);
    expect((await request('POST', `${service.url}/programme-clock`, gent, { to: '2023-04-16' })).status).toBe(403);

    const moved = await request<{ movedTo: string }>('POST', `${service.url}/programme-clock`, abb, { to: '2023-04-16' });
    expect(moved.status).toBe(200);
    expect(moved.body.movedTo).toBe('2023-04-16T00:00:00.000Z');
    const event = await eventually(() => {
      const found = announced.find(
        (envelope): envelope is EventEnvelope<ProgrammeClockMovedV1> => envelope.type === programmeClockMovedV1.type,
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(event.key).toBe('programme');
    expect(event.payload).toMatchObject({ clock: 'programme', movedTo: '2023-04-16T00:00:00.000Z', movedBy: 'abb-clock' });
    expect((await service.get<{ now: string }>('/programme-clock', abb)).body.now.slice(0, 10)).toBe('2023-04-16');
  });

  it('answers a move back or an unreadable one with a problem document naming the field', async () => {
    const back = await request<{ status: number; detail: string }>('POST', `${service.url}/programme-clock`, abb, { to: '2023-01-01' });
    expect(back.status).toBe(409);
    expect(back.body.detail).toMatch(/^to: the programme clock stands at 2023-04-16T.* and only moves forward/);
    const both = await request<{ problems: { field: string }[] }>('POST', `${service.url}/programme-clock`, abb, { forwardBy: 'soon' });
    expect(both.status).toBe(400);
    expect(both.body.problems).toEqual([{ field: 'forwardBy', problem: 'soon is not a span such as 30d, 12h, 2w or 90m' }]);
  });
});
