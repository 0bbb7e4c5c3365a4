import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  deadLetterTopic,
  EVENT_HEADERS,
  governmentRegisteredV1,
  subsidyCommittedV1,
  targetsCommittedV1,
  TOPICS,
  type EventDefinition,
  type EventEnvelope,
  type SubsidyCommittedV1,
  type TargetsCommittedV1,
} from '#contracts';
import { loadServiceConfig, startService } from '#platform';
import { createTestDatabase, createTestIssuer, createTestTopics, eventually, testBrokers, type TestDatabase, type TestIssuer } from '#testing';
import { BudgetingModule } from '../src/budgeting.module.js';

/** An envelope as the applications service's outbox relay would publish it. */
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

const decision = (applicationId: string, projectYear: number, targets: TargetsCommittedV1['targets']): TargetsCommittedV1 => ({
  applicationId,
  governmentCode: '44021',
  projectYear,
  targets,
});

interface Json<T> {
  status: number;
  body: T;
}

interface Commitment {
  applicationId: string;
  governmentCode: string;
  projectYear: number;
  amountEur: number;
  lines: { indicatorCode: string; approvedAdditionalReach: number; subsidisedReach: number; eurPerKpi: number; amountEur: number }[];
  committedAt: string;
}

describe('budgeting on the real broker and database', () => {
  const brokers = testBrokers();
  let database: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let url: string;
  let prefix: string;
  let kafka: Kafka;
  let producer: Producer;
  let tap: Consumer;
  const announced: EventEnvelope<SubsidyCommittedV1>[] = [];
  let abb: string;
  let gent: string;

  const get = async <T>(path: string, token?: string): Promise<Json<T>> => {
    const response = await fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: (await response.json()) as T };
  };

  const produce = async (envelope: EventEnvelope<object>): Promise<void> => {
    const definition = envelope.type === targetsCommittedV1.type ? targetsCommittedV1 : governmentRegisteredV1;
    await producer.send({
      topic: `${prefix}${definition.topic}`,
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
      const offsets = await admin.fetchTopicOffsets(`${prefix}${deadLetterTopic('budgeting')}`);
      return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    } finally {
      await admin.disconnect();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('budgeting_int');
    prefix = await createTestTopics(brokers, 'budgeting');
    issuer = await createTestIssuer();
    kafka = new Kafka({ clientId: 'budgeting-int-spec', brokers, logLevel: logLevel.NOTHING });
    producer = kafka.producer();
    await producer.connect();
    tap = kafka.consumer({ groupId: `budgeting-int-spec-${randomUUID()}` });
    await tap.connect();
    await tap.subscribe({ topics: [`${prefix}${TOPICS.budgeting}`], fromBeginning: true });
    await tap.run({ eachMessage: async ({ message }) => void announced.push(JSON.parse(message.value?.toString('utf8') ?? 'null') as EventEnvelope<SubsidyCommittedV1>) });
    const config = loadServiceConfig('budgeting', {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      OIDC_ISSUER: issuer.issuer,
      OIDC_JWKS_URL: issuer.jwksUrl,
      OIDC_AUDIENCE: issuer.audience,
    });
    app = await startService(BudgetingModule.forRoot(config), config, { port: 0, consumes: true });
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

  const first = randomUUID();
  const poison = randomUUID();
  const later = randomUUID();

  it('commits a decision once, however often it arrives, with a balanced ledger and one subsidy-committed', async () => {
    const registered = envelopeOf(governmentRegisteredV1, '44021', governmentRegisteredV1.example);
    const decided = envelopeOf(targetsCommittedV1, '44021', decision(first, 1, [{ indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500, target: 2000 }]));
    // The same event delivered twice, then the same decision under a new event id (e.g. a replay).
    const replayed = { ...decided, eventId: randomUUID() };
    // A decision budgeting cannot price: dead-lettered, and what follows keeps flowing.
    const unpriceable = envelopeOf(targetsCommittedV1, '44021', decision(poison, 1, [{ indicatorCode: 'A99', currentReach: 0, approvedAdditionalReach: 10, target: 10 }]));
    // Same key, so same partition: once its effect shows, everything before it was handled.
    const sentinel = envelopeOf(targetsCommittedV1, '44021', decision(later, 2, [{ indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 3000, target: 3000 }]));
    for (const envelope of [registered, decided, decided, replayed, unpriceable, sentinel]) await produce(envelope);

    const committed = await eventually(async () => {
      const year2 = await get<Commitment[]>('/commitments?projectYear=2', abb);
      expect(year2.body).toHaveLength(1);
      return year2.body[0]!;
    });
    // Above the cap of 2,250 per applicant: only the cap is paid.
    expect(committed).toMatchObject({ applicationId: later, amountEur: 2250 * 60, lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 3000, subsidisedReach: 2250, eurPerKpi: 60, amountEur: 135_000 }] });

    const year1 = await get<Commitment[]>('/commitments?projectYear=1', abb);
    expect(year1.status).toBe(200);
    expect(year1.body).toEqual([
      {
        applicationId: first,
        governmentCode: '44021',
        projectYear: 1,
        amountEur: 90_000,
        lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1500, subsidisedReach: 1500, eurPerKpi: 60, amountEur: 90_000 }],
        committedAt: expect.any(String),
      },
    ]);

    const budget = await get<Record<string, unknown>>('/budget?projectYear=1', abb);
    expect(budget).toEqual({
      status: 200,
      body: {
        projectYear: 1,
        programmeBudgetEur: 14_136_359,
        committedEur: 90_000,
        remainingEur: 14_136_359 - 90_000,
        overCommitted: false,
        ledger: { debitEur: 90_000, creditEur: 90_000, balanced: true },
      },
    });

    // The relay publishes in outbox order per key: once the later commitment is announced, so is the first, exactly once.
    await eventually(() => expect(announced.map((event) => event.payload.applicationId)).toContain(later));
    const forFirst = announced.filter((event) => event.payload.applicationId === first);
    expect(forFirst).toHaveLength(1);
    expect(forFirst[0]).toMatchObject({
      type: subsidyCommittedV1.type,
      version: 1,
      producer: 'budgeting',
      key: '44021',
      correlationId: decided.correlationId,
      causationId: decided.eventId,
      payload: { applicationId: first, governmentCode: '44021', projectYear: 1, amountEur: 90_000, lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1500, eurPerKpi: 60, amountEur: 90_000 }] },
    });
    expect(announced.filter((event) => event.payload.applicationId === poison)).toEqual([]);
    // Only the unpriceable decision was dead-lettered; government-registered was ignored on purpose.
    expect(await deadLettered()).toBe(1);
  }, 60_000);

  it('lets a government see only its own commitments, and ABB the budget', async () => {
    const own = await get<Commitment[]>('/commitments?projectYear=1&governmentCode=44021', gent);
    expect(own.status).toBe(200);
    expect(own.body.map((commitment) => commitment.applicationId)).toEqual([first]);
    expect((await get('/commitments?projectYear=1', gent)).status).toBe(403);
    const antwerpen = await get<{ message: string }>('/commitments?projectYear=1&governmentCode=11002', gent);
    expect(antwerpen.status).toBe(403);
    expect((await get('/budget?projectYear=1', gent)).status).toBe(403);
    expect((await get('/commitments?projectYear=1')).status).toBe(401);
    const badYear = await get<{ message: string }>('/commitments?projectYear=seven', abb);
    expect(badYear.status).toBe(400);
    expect(badYear.body.message).toContain('projectYear');
    const badCode = await get<{ message: string }>('/commitments?projectYear=1&governmentCode=Gent', abb);
    expect(badCode.status).toBe(400);
    expect(badCode.body.message).toContain('governmentCode');
  });

  it('refuses to commit an unbalanced booking in the database itself', async () => {
    const client = new (await import('pg')).default.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      const id = randomUUID();
      await client.query(`INSERT INTO ledger_transaction (id, project_year, kind, application_id, description, booked_at) VALUES ($1, 1, 'commitment', NULL, 'one-sided', now())`, [id]);
      await client.query(`INSERT INTO ledger_entry (id, transaction_id, account, debit_eur, credit_eur) VALUES ($1, $2, 'programme-budget:1', 10, 0)`, [randomUUID(), id]);
      await expect(client.query('COMMIT')).rejects.toThrow(/does not balance/);
    } finally {
      await client.end();
    }
  });
});
