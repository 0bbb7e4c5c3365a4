import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deadLetterTopic, governmentRegisteredV1, TOPICS, type GovernmentRegisteredV1 } from '#contracts';
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
import { produceRaw, startMessagingTestApp, TEST_GROUP, type MessagingTestApp } from './messaging-test-app.js';

const government = (code: string): GovernmentRegisteredV1 => ({
  ...governmentRegisteredV1.example,
  governmentCode: code,
  name: `Gemeente ${code}`,
});

describe('replaying dead letters (npm run dlt, real Kafka and PostgreSQL)', () => {
  const brokers = testBrokers();
  let database: TestDatabase;
  let prefix: string;
  let publisher: TestPublisher;
  let service: MessagingTestApp;
  let tap: TopicTap;
  let applicationsTopic: string;
  let dltTopic: string;

  beforeAll(async () => {
    database = await createTestDatabase('messaging_dlt_replay');
    prefix = await createTestTopics(brokers, 'dltreplay', [TEST_GROUP]);
    applicationsTopic = `${prefix}${TOPICS.applications}`;
    dltTopic = `${prefix}${deadLetterTopic(TEST_GROUP)}`;
    tap = await TopicTap.start(brokers, [applicationsTopic, dltTopic]);
    publisher = await createTestPublisher(brokers, prefix, 'dltreplay');
    service = await startMessagingTestApp({ databaseUrl: database.url, topicPrefix: prefix, brokers, consume: true });
  });

  afterAll(async () => {
    await service?.close();
    await publisher?.stop();
    await tap?.stop();
    await database?.drop();
  });

  it('replays only the latest letter of each event and skips letters without an event id', async () => {
    const key = '41001';
    service.behaviour.permanent.add(key);
    const event = testEnvelope(governmentRegisteredV1, key, government(key));
    // Dead-lettered twice (as after a replay that failed again), plus a letter that has no event id at all.
    await publisher.publish(event, event);
    await produceRaw(brokers, applicationsTopic, [{ key, value: '{ not an envelope' }]);
    await eventually(() => expect(tap.on(dltTopic)).toHaveLength(3));
    service.behaviour.permanent.delete(key);

    const { stdout } = await promisify(execFile)(process.execPath, [...sourceScriptArgs('scripts/dlt.ts'), 'replay', TEST_GROUP], {
      env: { ...process.env, KAFKA_BROKERS: brokers.join(','), KAFKA_TOPIC_PREFIX: prefix },
    });
    const withoutId = tap.on(dltTopic).find((message) => message.headers['event-id'] === undefined)!;
    expect(stdout.trim().split('\n')).toEqual([
      'skipped 1 older dead letter(s) of events that have a later one',
      `skipped 1 dead letter(s) without an event id (${withoutId.partition}@${withoutId.offset}); they are never replayed in bulk`,
      `replayed ${governmentRegisteredV1.type}.v1 ${event.eventId} to ${applicationsTopic}`,
    ]);
    await eventually(async () =>
      expect(await service.dataSource.query('SELECT event_id FROM received WHERE government_code = $1', [key])).toEqual([
        { event_id: event.eventId },
      ]),
    );
    // Two originals and one replay; the letter without an event id was not sent back.
    expect(tap.on(applicationsTopic).filter((message) => message.headers['event-id'] === event.eventId)).toHaveLength(3);
    expect(tap.on(applicationsTopic).filter((message) => message.value === '{ not an envelope')).toHaveLength(1);
  });
});
