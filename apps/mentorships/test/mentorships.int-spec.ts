import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  deadLetterTopic,
  EVENT_HEADERS,
  indicatorStatusChangedV1,
  memberProgressRecordedV1,
  reportSubmittedV1,
  TOPICS,
  type EventDefinition,
  type EventEnvelope,
  type MemberProgressRecordedV1,
  type ReportSubmittedV1,
} from '#contracts';
import { loadServiceConfig, startService } from '#platform';
import { createTestDatabase, createTestIssuer, createTestTopics, eventually, testBrokers, type TestDatabase, type TestIssuer } from '#testing';
import { MentorshipsModule } from '../src/mentorships.module.js';

/** An envelope as the reporting service's outbox relay would publish it. */
const envelopeOf = <P extends object>(definition: EventDefinition<P>, key: string, payload: P): EventEnvelope<P> => ({
  eventId: randomUUID(),
  type: definition.type,
  version: definition.version,
  occurredAt: new Date().toISOString(),
  producer: definition.producer,
  correlationId: randomUUID(),
  causationId: null,
  key,
  payload,
});

const report = (periodCode: string, reportVersion: number, results: ReportSubmittedV1['results']): EventEnvelope<ReportSubmittedV1> =>
  envelopeOf(reportSubmittedV1, '44021', {
    reportId: randomUUID(),
    governmentCode: '44021',
    projectYear: 1,
    periodCode,
    reportVersion,
    submittedAt: new Date().toISOString(),
    results,
  });

interface Progress {
  governmentCode: string;
  networkId: string;
  indicatorCode: string;
  projectYear: number;
  periodCode: string;
  achieved: number | null;
  reportVersion: number;
  recordedAt: string;
}

describe('mentorships on the real broker and database', () => {
  const brokers = testBrokers();
  let database: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let url: string;
  let prefix: string;
  let kafka: Kafka;
  let producer: Producer;
  let tap: Consumer;
  const announced: EventEnvelope<MemberProgressRecordedV1>[] = [];
  let abb: string;
  let gent: string;

  const get = async <T>(path: string, token?: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: (await response.json()) as T };
  };

  const produce = async (envelope: EventEnvelope<object>): Promise<void> => {
    await producer.send({
      topic: `${prefix}${TOPICS.reporting}`,
      messages: [
        {
          key: envelope.key,
          value: JSON.stringify(envelope),
          headers: {
            [EVENT_HEADERS.eventId]: envelope.eventId,
            [EVENT_HEADERS.eventType]: envelope.type,
            [EVENT_HEADERS.eventVersion]: String(envelope.version),
            [EVENT_HEADERS.correlationId]: envelope.correlationId,
            [EVENT_HEADERS.producer]: envelope.producer,
          },
        },
      ],
    });
  };

  const deadLettered = async (): Promise<number> => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(`${prefix}${deadLetterTopic('mentorships')}`);
      return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    } finally {
      await admin.disconnect();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('mentorships_int');
    prefix = await createTestTopics(brokers, 'mentorships');
    issuer = await createTestIssuer();
    kafka = new Kafka({ clientId: 'mentorships-int-spec', brokers, logLevel: logLevel.NOTHING });
    producer = kafka.producer();
    await producer.connect();
    tap = kafka.consumer({ groupId: `mentorships-int-spec-${randomUUID()}` });
    await tap.connect();
    await tap.subscribe({ topics: [`${prefix}${TOPICS.mentorships}`], fromBeginning: true });
    await tap.run({ eachMessage: async ({ message }) => void announced.push(JSON.parse(message.value?.toString('utf8') ?? 'null') as EventEnvelope<MemberProgressRecordedV1>) });
    const config = loadServiceConfig('mentorships', {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      OIDC_ISSUER: issuer.issuer,
      OIDC_JWKS_URL: issuer.jwksUrl,
      OIDC_AUDIENCE: issuer.audience,
    });
    app = await startService(MentorshipsModule.forRoot(config), config, { port: 0, consumes: true });
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    abb = await issuer.token({ role: 'abb' });
    gent = await issuer.token({ role: 'government', org: '44021' });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await tap?.disconnect();
    await producer?.disconnect();
    await issuer?.stop();
    await database?.drop();
  }, 60_000);

  it('keeps the latest version of each member\'s progress, applies each event once and announces what it recorded', async () => {
    const first = report('PJ1-INTERIM', 1, [{ indicatorCode: 'A05', achieved: 600 }]);
    const correction = report('PJ1-INTERIM', 3, [{ indicatorCode: 'A05', achieved: 1500 }]);
    // Version 2 arrives after version 3: too late to count.
    const late = report('PJ1-INTERIM', 2, [{ indicatorCode: 'A05', achieved: 1000 }]);
    const statusChange = envelopeOf(indicatorStatusChangedV1, '44021', indicatorStatusChangedV1.example);
    // Same key, so same partition: once its effect shows, everything before it was handled. A nil report stays null.
    const sentinel = report('PJ1-ANNUAL', 1, [{ indicatorCode: 'A09-NIEUWKOMERS', achieved: null }]);
    for (const envelope of [first, first, statusChange, correction, late, first, sentinel]) await produce(envelope);

    const progress = await eventually(async () => {
      const response = await get<Progress[]>('/progress?governmentCode=44021', gent);
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(2);
      return response.body;
    });
    expect(progress).toEqual([
      { governmentCode: '44021', networkId: 'network-A09', indicatorCode: 'A09-NIEUWKOMERS', projectYear: 1, periodCode: 'PJ1-ANNUAL', achieved: null, reportVersion: 1, recordedAt: expect.any(String) },
      { governmentCode: '44021', networkId: 'network-A05', indicatorCode: 'A05', projectYear: 1, periodCode: 'PJ1-INTERIM', achieved: 1500, reportVersion: 3, recordedAt: expect.any(String) },
    ]);

    // The relay publishes in outbox order per key: once the sentinel's progress is announced, so is everything before it.
    await eventually(() => expect(announced.map((event) => event.payload.periodCode)).toContain('PJ1-ANNUAL'));
    expect(announced.map((event) => [event.payload.periodCode, event.payload.achieved])).toEqual([
      ['PJ1-INTERIM', 600],
      ['PJ1-INTERIM', 1500],
      ['PJ1-ANNUAL', null],
    ]);
    expect(announced[0]).toMatchObject({
      type: memberProgressRecordedV1.type,
      version: 1,
      producer: 'mentorships',
      key: '44021',
      correlationId: first.correlationId,
      causationId: first.eventId,
      payload: { governmentCode: '44021', networkId: 'network-A05', indicatorCode: 'A05', projectYear: 1, periodCode: 'PJ1-INTERIM', achieved: 600 },
    });
    // indicator-status-changed was ignored on purpose, not dead-lettered.
    expect(await deadLettered()).toBe(0);
  }, 60_000);

  it('shows a government its own progress only', async () => {
    expect((await get<Progress[]>('/progress?governmentCode=44021', abb)).body).toHaveLength(2);
    const antwerpen = await issuer.token({ role: 'government', org: '11002' });
    expect((await get('/progress?governmentCode=44021', antwerpen)).status).toBe(403);
    expect((await get('/progress?governmentCode=44021')).status).toBe(401);
    const badCode = await get<{ message: string }>('/progress?governmentCode=Gent', abb);
    expect(badCode.status).toBe(400);
    expect(badCode.body.message).toContain('governmentCode');
    const missing = await get<{ message: string }>('/progress', abb);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('governmentCode');
  });
});
