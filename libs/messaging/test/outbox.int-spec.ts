import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { governmentRegisteredV1, TOPICS, type EventEnvelope, type GovernmentRegisteredV1 } from '#contracts';
import { runWithContext } from '#observability';
import { createTestDatabase, createTestTopics, eventually, testBrokers, type TestDatabase, TopicTap } from '#testing';
import { startMessagingTestApp, type MessagingTestApp } from './messaging-test-app.js';

const government = (code: string, name = `Gemeente ${code}`): GovernmentRegisteredV1 => ({
  ...governmentRegisteredV1.example,
  governmentCode: code,
  name,
});

describe('transactional outbox and relay (real PostgreSQL and Kafka)', () => {
  const brokers = testBrokers();
  let database: TestDatabase;
  let prefix: string;
  let tap: TopicTap;
  let applicationsTopic: string;
  const running = new Set<MessagingTestApp>();

  const start = async (relay: boolean): Promise<MessagingTestApp> => {
    const app = await startMessagingTestApp({ databaseUrl: database.url, topicPrefix: prefix, brokers, consume: false, relay });
    running.add(app);
    return app;
  };

  const stop = async (app: MessagingTestApp): Promise<void> => {
    running.delete(app);
    await app.close();
  };

  const envelopesOn = (topic: string): EventEnvelope<GovernmentRegisteredV1>[] =>
    tap.on(topic).map((message) => JSON.parse(message.value ?? 'null') as EventEnvelope<GovernmentRegisteredV1>);

  beforeAll(async () => {
    database = await createTestDatabase('messaging_outbox');
    prefix = await createTestTopics(brokers, 'outbox', []);
    applicationsTopic = `${prefix}${TOPICS.applications}`;
    tap = await TopicTap.start(brokers, [applicationsTopic]);
  });

  afterAll(async () => {
    for (const app of running) await app.close();
    await tap?.stop();
    await database?.drop();
  });

  it('publishes nothing for a rolled-back transaction', async () => {
    const app = await start(true);
    const failed = app.unitOfWork.run(async () => {
      await app.outbox.append(governmentRegisteredV1, { key: '11001', payload: government('11001', 'Rolled back') });
      throw new Error('the use case failed after appending');
    });
    await expect(failed).rejects.toThrow('the use case failed after appending');
    // A committed event with the same key travels on the same partition after where the rolled-back one would have been.
    const committed = await app.unitOfWork.run(() =>
      app.outbox.append(governmentRegisteredV1, { key: '11001', payload: government('11001', 'Committed') }),
    );
    await eventually(() => expect(envelopesOn(applicationsTopic).map((envelope) => envelope.eventId)).toContain(committed.eventId));
    expect(
      envelopesOn(applicationsTopic)
        .filter((envelope) => envelope.key === '11001')
        .map((envelope) => envelope.payload.name),
    ).toEqual(['Committed']);
    const rows = await app.dataSource.query<{ count: number }[]>("SELECT count(*)::int AS count FROM outbox WHERE key = '11001'");
    expect(rows[0]!.count).toBe(1);
    await stop(app);
  });

  it('publishes, after a restart, what was committed while no relay ran, exactly as committed', async () => {
    const withoutRelay = await start(false);
    const committed = await runWithContext({ correlationId: 'c0ffee00-0000-4000-8000-000000000001', causationId: null }, () =>
      withoutRelay.unitOfWork.run(() =>
        withoutRelay.outbox.append(governmentRegisteredV1, { key: '12002', payload: government('12002', 'Left behind') }),
      ),
    );
    const [pending] = await withoutRelay.dataSource.query<{ published_at: Date | null }[]>(
      'SELECT published_at FROM outbox WHERE event_id = $1',
      [committed.eventId],
    );
    expect(pending).toEqual({ published_at: null });
    await stop(withoutRelay);

    const restarted = await start(true);
    await eventually(() =>
      expect(envelopesOn(applicationsTopic).find((envelope) => envelope.eventId === committed.eventId)).toEqual(committed),
    );
    const message = tap.on(applicationsTopic).find((candidate) => candidate.headers['event-id'] === committed.eventId)!;
    expect(message.key).toBe('12002');
    expect(message.headers).toEqual({
      'event-id': committed.eventId,
      'event-type': governmentRegisteredV1.type,
      'event-version': '1',
      'correlation-id': 'c0ffee00-0000-4000-8000-000000000001',
      producer: 'messaging-test',
    });
    await eventually(async () => {
      const [row] = await restarted.dataSource.query<{ published_at: Date | null }[]>(
        'SELECT published_at FROM outbox WHERE event_id = $1',
        [committed.eventId],
      );
      expect(row!.published_at).toBeInstanceOf(Date);
    });
    await eventually(async () => expect((await restarted.metrics.gauge('outbox_backlog', '').get()).values[0]?.value).toBe(0));
    await stop(restarted);
  });

  it('keeps the outbox order of each key, also with two relays competing', async () => {
    const first = await start(true);
    const second = await start(true);
    const keys = ['13001', '13002', '13003'];
    const appended: EventEnvelope<GovernmentRegisteredV1>[] = [];
    for (let index = 0; index < 60; index += 1) {
      const writer = index % 2 === 0 ? first : second;
      const key = keys[index % keys.length]!;
      appended.push(
        await writer.unitOfWork.run(() => writer.outbox.append(governmentRegisteredV1, { key, payload: government(key, `Step ${index}`) })),
      );
    }
    await eventually(() =>
      expect(envelopesOn(applicationsTopic).filter((envelope) => keys.includes(envelope.key)).length).toBeGreaterThanOrEqual(
        appended.length,
      ),
    );
    for (const key of keys) {
      const expected = appended.filter((envelope) => envelope.key === key).map((envelope) => envelope.eventId);
      const published = envelopesOn(applicationsTopic)
        .filter((envelope) => envelope.key === key)
        .map((envelope) => envelope.eventId);
      expect(published).toEqual(expected);
    }
    const [published] = await first.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM outbox WHERE published_at IS NOT NULL AND key = ANY($1)',
      [keys],
    );
    expect(published!.count).toBe(appended.length);
  });

  it('numbers the events of one key in commit order, also when their transactions overlap', async () => {
    const app = await start(false);
    const finished: string[] = [];
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAppended!: () => void;
    const firstHasAppended = new Promise<void>((resolve) => (firstAppended = resolve));
    const first = app.unitOfWork.run(async () => {
      const envelope = await app.outbox.append(governmentRegisteredV1, { key: '15001', payload: government('15001', 'First to append') });
      firstAppended();
      await firstMayCommit;
      return envelope;
    });
    await firstHasAppended;
    // The second transaction appends for the same key while the first is still open. Whether it then sees the first's
    // row tells the commit order: the order the two promises settle in does not (the first one's settles some time
    // after its COMMIT, and the second may be done by then).
    const second = app.unitOfWork.run(async () => {
      const envelope = await app.outbox.append(governmentRegisteredV1, { key: '15001', payload: government('15001', 'Second to append') });
      const [seen] = await app.unitOfWork.manager.query<{ count: number }[]>(
        "SELECT count(*)::int AS count FROM outbox WHERE key = '15001' AND event_id <> $1",
        [envelope.eventId],
      );
      return { envelope, firstCommittedBefore: seen!.count === 1 };
    });
    void second.then(() => finished.push('second'));
    const waitingOnALock = async (): Promise<boolean> => {
      const [row] = await app.dataSource.query<{ count: number }[]>(
        "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      return row!.count > 0;
    };
    await eventually(async () => expect(finished.includes('second') || (await waitingOnALock())).toBe(true));
    releaseFirst();
    const [firstEnvelope, { envelope: secondEnvelope, firstCommittedBefore }] = await Promise.all([first, second]);
    const positions = await app.dataSource.query<{ event_id: string }[]>(
      "SELECT event_id FROM outbox WHERE key = '15001' ORDER BY position",
    );
    const byCommit = firstCommittedBefore
      ? [firstEnvelope.eventId, secondEnvelope.eventId]
      : [secondEnvelope.eventId, firstEnvelope.eventId];
    expect(positions.map((row) => row.event_id)).toEqual(byCommit);
    await stop(app);
  });

  it('refuses an invalid payload before anything is written', async () => {
    const app = [...running].at(-1)!;
    const invalid = { ...government('14001'), province: 'Atlantis' };
    await expect(app.unitOfWork.run(() => app.outbox.append(governmentRegisteredV1, { key: '14001', payload: invalid }))).rejects.toThrow(
      /province/,
    );
    const [row] = await app.dataSource.query<{ count: number }[]>("SELECT count(*)::int AS count FROM outbox WHERE key = '14001'");
    expect(row!.count).toBe(0);
  });
});
