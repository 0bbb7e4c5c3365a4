import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { governmentRegisteredV1, type EventEnvelope, type GovernmentRegisteredV1 } from '#contracts';
import {
  countDeadLetters,
  createTestDatabase,
  createTestPublisher,
  createTestTopics,
  eventually,
  startTcpProxy,
  testBrokers,
  testEnvelope,
  type TcpProxy,
  type TestDatabase,
  type TestPublisher,
} from '#testing';
import { startMessagingTestApp, TEST_GROUP, type MessagingTestApp } from './messaging-test-app.js';

const government = (code: string): GovernmentRegisteredV1 => ({
  ...governmentRegisteredV1.example,
  governmentCode: code,
  name: `Gemeente ${code}`,
});

describe('consuming through a database outage (real PostgreSQL behind a proxy, real Kafka)', () => {
  const brokers = testBrokers();
  let database: TestDatabase;
  let proxy: TcpProxy;
  let prefix: string;
  let publisher: TestPublisher;
  let service: MessagingTestApp;

  const deadLetterCount = (): Promise<number> => countDeadLetters(brokers, prefix, TEST_GROUP);

  beforeAll(async () => {
    database = await createTestDatabase('messaging_resilience');
    const url = new URL(database.url);
    proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `${proxy.host}:${proxy.port}`;
    prefix = await createTestTopics(brokers, 'resilience', [TEST_GROUP]);
    publisher = await createTestPublisher(brokers, prefix, 'resilience');
    // The service (consumer and relay) reaches PostgreSQL only through the proxy.
    service = await startMessagingTestApp({ databaseUrl: url.toString(), topicPrefix: prefix, brokers, consume: true });
  });

  afterAll(async () => {
    await proxy?.resume();
    await service?.close();
    await publisher?.stop();
    await proxy?.stop();
    await database?.drop();
  });

  it('waits out the outage and then applies every event exactly once, dead-lettering nothing', async () => {
    const before = testEnvelope(governmentRegisteredV1, '31001', government('31001'));
    await publisher.publish(before);
    await eventually(async () =>
      expect(await service.dataSource.query('SELECT event_id FROM received')).toEqual([{ event_id: before.eventId }]),
    );

    await proxy.pause();
    const during = ['31002', '31003', '31004', '31005'].map((code) => testEnvelope(governmentRegisteredV1, code, government(code)));
    await publisher.publish(...during);
    // Far longer than the bounded retries (4 attempts, at most 100 ms apart) would last.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await proxy.resume();

    const expected = [before, ...during].map((envelope) => envelope.eventId).sort();
    await eventually(async () => {
      const rows = await service.dataSource.query<{ event_id: string }[]>('SELECT event_id FROM received ORDER BY event_id');
      expect(rows.map((row) => row.event_id)).toEqual(expected);
    });
    const inbox = await service.dataSource.query<{ event_id: string }[]>(
      'SELECT event_id FROM inbox WHERE consumer_group = $1 ORDER BY event_id',
      [TEST_GROUP],
    );
    expect(inbox.map((row) => row.event_id)).toEqual(expected);
    expect(await deadLetterCount()).toBe(0);
    const deadLettered = (await service.metrics.registry.getSingleMetric('messaging_dead_letters_total')?.get())?.values ?? [];
    expect(deadLettered.reduce((sum, value) => sum + value.value, 0)).toBe(0);
  });

  it('publishes the other keys when one outbox row can never be published, and only its key waits', async () => {
    const { dataSource, outbox, unitOfWork } = service;
    const stuck = await unitOfWork.run(async () => {
      const envelope = await outbox.append(governmentRegisteredV1, { key: '32001', payload: government('32001') });
      // A topic no test prefix has: the broker refuses every send to it.
      // The writer takes catalogue events only, so the row is pointed there before commit.
      await unitOfWork.manager.query('UPDATE outbox SET topic = $1 WHERE event_id = $2', ['samenleven.no-such-topic.v1', envelope.eventId]);
      return envelope;
    });
    const behindStuck = await unitOfWork.run(() => outbox.append(governmentRegisteredV1, { key: '32001', payload: government('32001') }));
    const others: EventEnvelope<GovernmentRegisteredV1>[] = [];
    for (const code of ['32002', '32003', '32004'])
      others.push(await unitOfWork.run(() => outbox.append(governmentRegisteredV1, { key: code, payload: government(code) })));

    const row = (eventId: string) =>
      dataSource
        .query<{ published_at: Date | null; last_error: string | null; attempts: number }[]>(
          'SELECT published_at, last_error, attempts FROM outbox WHERE event_id = $1',
          [eventId],
        )
        .then((rows) => rows[0]!);
    await eventually(
      async () => {
        for (const envelope of others) expect((await row(envelope.eventId)).published_at).toBeInstanceOf(Date);
        expect((await row(stuck.eventId)).last_error).toEqual(expect.any(String));
      },
      { timeoutMs: 60_000 },
    );
    expect(await row(stuck.eventId)).toMatchObject({ published_at: null, attempts: expect.any(Number) });
    expect((await row(stuck.eventId)).attempts).toBeGreaterThanOrEqual(1);
    // Its key's younger row never overtakes it.
    expect((await row(behindStuck.eventId)).published_at).toBeNull();

    // The shared producer keeps working after the failure: later events of other keys still go out.
    const later = await unitOfWork.run(() => outbox.append(governmentRegisteredV1, { key: '32005', payload: government('32005') }));
    await eventually(async () => expect((await row(later.eventId)).published_at).toBeInstanceOf(Date), { timeoutMs: 60_000 });
    expect((await row(stuck.eventId)).published_at).toBeNull();
  });
});
