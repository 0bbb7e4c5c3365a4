import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Kafka, logLevel } from 'kafkajs';
import {
  deadLetterTopic,
  governmentRegisteredV1,
  notificationSentV1,
  targetsCommittedV1,
  TOPICS,
  type EventEnvelope,
  type GovernmentRegisteredV1,
} from '#contracts';
import { ReadinessRegistry } from '#observability';
import {
  createTestDatabase,
  createTestPublisher,
  createTestTopics,
  eventually,
  testBrokers,
  type TestDatabase,
  testEnvelope,
  type TestPublisher,
  TopicTap,
} from '#testing';
import { sourceScriptArgs } from '../../../scripts/run-from-source/source-script.js';
import { toKafkaMessage } from '../src/index.js';
import { produceRaw, startMessagingTestApp, TEST_GROUP, type MessagingTestApp } from './messaging-test-app.js';

const government = (code: string, name = `Gemeente ${code}`): GovernmentRegisteredV1 => ({
  ...governmentRegisteredV1.example,
  governmentCode: code,
  name,
});

interface ReceivedRow {
  event_id: string;
  government_code: string;
  name: string;
  partition: number;
  correlation_id: string | null;
  causation_id: string | null;
}

describe('consuming events (real PostgreSQL and Kafka)', () => {
  const brokers = testBrokers();
  let database: TestDatabase;
  let prefix: string;
  let service: MessagingTestApp;
  let tap: TopicTap;
  let applicationsTopic: string;
  let dltTopic: string;
  let notificationsTopic: string;

  let publisher: TestPublisher;
  let readyBeforeJoin: Awaited<ReturnType<ReadinessRegistry['run']>>;
  const publish = (...envelopes: EventEnvelope<object>[]): Promise<void> => publisher.publish(...envelopes);

  const received = (code: string): Promise<ReceivedRow[]> =>
    service.dataSource.query<ReceivedRow[]>('SELECT * FROM received WHERE government_code = $1 ORDER BY "offset"::bigint', [code]);

  const counter = async (name: string, labels: Record<string, string>): Promise<number> => {
    const metric = (await service.metrics.registry.getSingleMetric(name)?.get()) ?? { values: [] };
    return metric.values
      .filter((value) => Object.entries(labels).every(([label, text]) => value.labels[label] === text))
      .reduce((sum, value) => sum + value.value, 0);
  };

  const committedOffsets = async (topic: string): Promise<Map<number, number>> => {
    const admin = new Kafka({ clientId: 'consumer-test-admin', brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchOffsets({ groupId: `${prefix}${TEST_GROUP}`, topics: [topic] });
      return new Map((offsets?.partitions ?? []).map((entry) => [entry.partition, Number(entry.offset)]));
    } finally {
      await admin.disconnect();
    }
  };

  const deadLetters = () => tap.on(dltTopic);

  beforeAll(async () => {
    database = await createTestDatabase('messaging_consumer');
    prefix = await createTestTopics(brokers, 'consumer', [TEST_GROUP]);
    applicationsTopic = `${prefix}${TOPICS.applications}`;
    notificationsTopic = `${prefix}${TOPICS.notifications}`;
    dltTopic = `${prefix}${deadLetterTopic(TEST_GROUP)}`;
    tap = await TopicTap.start(brokers, [applicationsTopic, dltTopic, notificationsTopic]);
    publisher = await createTestPublisher(brokers, prefix, 'consumer');
    service = await startMessagingTestApp({ databaseUrl: database.url, topicPrefix: prefix, brokers, consume: 'later' });
    // Before the consumer has joined its group, the service must not say it is ready.
    readyBeforeJoin = await service.app.get(ReadinessRegistry).run();
    await service.startConsuming();
  });

  afterAll(async () => {
    await service?.close();
    await publisher?.stop();
    await tap?.stop();
    await database?.drop();
  });

  it('applies an event once, in the context of its correlation and cause, even when it is delivered twice', async () => {
    const event = testEnvelope(governmentRegisteredV1, '21001', government('21001'));
    await publish(event, event);
    // Both copies are behind us once the group has committed past the second one.
    await eventually(async () => {
      const copies = tap.on(applicationsTopic).filter((message) => message.headers['event-id'] === event.eventId);
      expect(copies).toHaveLength(2);
      const offsets = await committedOffsets(applicationsTopic);
      expect(offsets.get(copies[1]!.partition)).toBeGreaterThan(Number(copies[1]!.offset));
    });
    const rows = await received('21001');
    expect(rows).toEqual([
      expect.objectContaining({ event_id: event.eventId, correlation_id: event.correlationId, causation_id: event.eventId }),
    ]);
    const [inbox] = await service.dataSource.query<{ consumer_group: string; event_type: string }[]>(
      'SELECT * FROM inbox WHERE event_id = $1',
      [event.eventId],
    );
    expect(inbox).toMatchObject({ consumer_group: TEST_GROUP, event_type: `${governmentRegisteredV1.type}.v1` });
    expect(await counter('messaging_consumed_total', { outcome: 'duplicate' })).toBeGreaterThanOrEqual(1);
    // The event the handler appended carries the correlation and names the consumed event as its cause.
    await eventually(() => {
      const caused = tap.on(notificationsTopic).map((message) => JSON.parse(message.value!) as EventEnvelope<{ causeEventId: string }>);
      expect(caused.filter((candidate) => candidate.payload.causeEventId === event.eventId)).toEqual([
        expect.objectContaining({
          type: notificationSentV1.type,
          correlationId: event.correlationId,
          causationId: event.eventId,
          key: '21001',
        }),
      ]);
    });
  });

  it('dead-letters a poison message with its reason and keeps processing the same partition', async () => {
    const key = '22002';
    const invalidPayload = testEnvelope(governmentRegisteredV1, key, { ...government(key), kboNumber: 'not a number' });
    const refused = testEnvelope(governmentRegisteredV1, key, government(key, 'Refused'));
    const after = testEnvelope(governmentRegisteredV1, key, government(key, 'After the poison'));
    await produceRaw(brokers, applicationsTopic, [{ key, value: '{ this is not json' }]);
    service.behaviour.permanent.add(key);
    await publish(invalidPayload, refused);
    await eventually(() => expect(deadLetters().filter((message) => message.key === key)).toHaveLength(3));
    service.behaviour.permanent.delete(key);
    await publish(after);

    await eventually(async () => expect((await received(key)).map((row) => row.name)).toEqual(['After the poison']));
    const poisoned = deadLetters().filter((message) => message.key === key);
    expect(poisoned.map((message) => message.headers['dlt-reason'])).toEqual(['invalid-envelope', 'invalid-payload', 'permanent-error']);
    const sources = tap.on(applicationsTopic).filter((message) => message.key === key);
    const partition = sources[0]!.partition;
    expect(new Set(sources.map((message) => message.partition))).toEqual(new Set([partition]));
    expect((await received(key))[0]!.partition).toBe(partition);
    for (const [index, message] of poisoned.entries()) {
      expect(message.headers).toMatchObject({
        'dlt-original-topic': applicationsTopic,
        'dlt-original-partition': String(partition),
        'dlt-original-offset': sources[index]!.offset,
        'dlt-consumer-group': TEST_GROUP,
      });
      expect(Date.parse(message.headers['dlt-failed-at']!)).not.toBeNaN();
    }
    expect(poisoned[1]!.headers['dlt-error']).toMatch(/kboNumber/);
    expect(poisoned[2]!.headers).toMatchObject({
      'event-id': refused.eventId,
      'event-type': governmentRegisteredV1.type,
      'dlt-error': expect.stringMatching(/PermanentEventError: government 22002 is refused/),
    });
    expect(poisoned[2]!.value).toBe(sources[2]!.value);
    expect(service.behaviour.attempts.get(key)).toBe(2);
  });

  it('reports and dead-letters an unhandled event from a topic its contract does not name, instead of committing it silently', async () => {
    const before = await counter('messaging_unhandled_events_total', { type: `${notificationSentV1.type}.v1` });
    // notification-sent belongs on the notifications topic, which this group does not read.
    const misrouted = testEnvelope(notificationSentV1, '23003', { ...notificationSentV1.example, governmentCode: '23003' });
    await produceRaw(brokers, applicationsTopic, [toKafkaMessage(misrouted)]);
    await eventually(() =>
      expect(
        deadLetters()
          .filter((message) => message.headers['event-id'] === misrouted.eventId)
          .map((message) => message.headers['dlt-reason']),
      ).toEqual(['unhandled-event-type']),
    );
    expect(await counter('messaging_unhandled_events_total', { type: `${notificationSentV1.type}.v1` })).toBe(before + 1);
    expect(await counter('messaging_dead_letters_total', { reason: 'unhandled-event-type' })).toBeGreaterThanOrEqual(1);
  });

  it('acknowledges, without effect or dead letter, a catalogue event on its topics that it has no handler for', async () => {
    const ignored = testEnvelope(targetsCommittedV1, '24004', { ...targetsCommittedV1.example, governmentCode: '24004' });
    await publish(ignored);
    await eventually(async () =>
      expect(await counter('messaging_consumed_total', { type: `${targetsCommittedV1.type}.v1`, outcome: 'ignored' })).toBe(1),
    );
    expect(deadLetters().filter((message) => message.headers['event-id'] === ignored.eventId)).toEqual([]);
    const [inbox] = await service.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM inbox WHERE event_id = $1', [
      ignored.eventId,
    ]);
    expect(inbox!.count).toBe(0);
  });

  it('retries a transient failure with backoff until it succeeds', async () => {
    const key = '25005';
    service.behaviour.transientFailures.set(key, 2);
    const event = testEnvelope(governmentRegisteredV1, key, government(key, 'Third time lucky'));
    await publish(event);
    await eventually(async () => expect((await received(key)).map((row) => row.event_id)).toEqual([event.eventId]));
    expect(service.behaviour.attempts.get(key)).toBe(3);
    // The test app waits 20 ms, then 40 ms (doubling); lower bounds only, a busy machine only adds to them.
    const [first, second, third] = service.behaviour.attemptTimes.get(key)!;
    expect(second! - first!).toBeGreaterThanOrEqual(20);
    expect(third! - second!).toBeGreaterThanOrEqual(40);
    expect(deadLetters().filter((message) => message.headers['event-id'] === event.eventId)).toEqual([]);
  });

  it('dead-letters an event whose failure outlasts the retries', async () => {
    const key = '26006';
    service.behaviour.transientFailures.set(key, 100);
    const event = testEnvelope(governmentRegisteredV1, key, government(key));
    await publish(event);
    await eventually(() =>
      expect(deadLetters().find((message) => message.headers['event-id'] === event.eventId)?.headers).toMatchObject({
        'dlt-reason': 'retries-exhausted',
        'dlt-error': expect.stringMatching(/after 4 attempts: Error: simulated outage for 26006/),
      }),
    );
    expect(service.behaviour.attempts.get(key)).toBe(4);
    expect(await received(key)).toEqual([]);
  });

  it('lists dead letters and replays one to its original topic, where it is then applied (npm run dlt)', async () => {
    const key = '27007';
    service.behaviour.permanent.add(key);
    const event = testEnvelope(governmentRegisteredV1, key, government(key, 'Replayed'));
    await publish(event);
    await eventually(() => expect(deadLetters().some((message) => message.headers['event-id'] === event.eventId)).toBe(true));
    service.behaviour.permanent.delete(key);

    const dlt = (...args: string[]) =>
      promisify(execFile)(process.execPath, [...sourceScriptArgs('scripts/dlt.ts'), ...args], {
        env: { ...process.env, KAFKA_BROKERS: brokers.join(','), KAFKA_TOPIC_PREFIX: prefix },
      });
    const listed = await dlt('list', TEST_GROUP);
    const source = tap.on(applicationsTopic).find((message) => message.headers['event-id'] === event.eventId)!;
    expect(listed.stdout).toContain(`permanent-error  ${governmentRegisteredV1.type}.v1  ${event.eventId}`);
    expect(listed.stdout).toContain(`from ${applicationsTopic} partition ${source.partition} offset ${source.offset}`);
    expect(listed.stdout).toContain('PermanentEventError: government 27007 is refused by this test');

    const replayed = await dlt('replay', TEST_GROUP, '--event-id', event.eventId);
    expect(replayed.stdout.trim()).toBe(`replayed ${governmentRegisteredV1.type}.v1 ${event.eventId} to ${applicationsTopic}`);
    await eventually(async () => expect((await received(key)).map((row) => row.event_id)).toEqual([event.eventId]));
    const copies = tap.on(applicationsTopic).filter((message) => message.headers['event-id'] === event.eventId);
    expect(copies).toHaveLength(2);
    expect(copies[1]).toMatchObject({ key, value: copies[0]!.value, headers: copies[0]!.headers });

    await expect(dlt('replay', TEST_GROUP, '--event-id', randomUUID())).rejects.toMatchObject({ code: 1 });
    await expect(dlt('purge', TEST_GROUP)).rejects.toMatchObject({ code: 2 });
  });

  it('is ready once the consumer has joined its group: broker reachable, consumer running', async () => {
    expect(readyBeforeJoin).toMatchObject({
      kafka: { ok: true },
      'kafka-consumer': { ok: false, error: expect.stringMatching(/has not joined its group yet/) },
    });
    expect(await service.app.get(ReadinessRegistry).run()).toMatchObject({ kafka: { ok: true }, 'kafka-consumer': { ok: true } });
  });

  it('reports consumer lag per partition, down to zero once everything is consumed', async () => {
    await eventually(async () => {
      const lag = (await service.metrics.registry.getSingleMetric('kafka_consumer_lag')?.get())?.values ?? [];
      expect(lag.filter((value) => value.labels.topic === applicationsTopic)).toHaveLength(6);
      expect(lag.every((value) => value.value === 0)).toBe(true);
    });
  });
});
