import { describe, expect, it } from '@jest/globals';
import { KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { CachedConnection, isFailedForGood } from './cached-connection.js';

/** Stands in for a kafkajs producer: counts connects and disconnects. */
class FakeClient {
  connected = false;
  disconnects = 0;
  constructor(
    readonly id: number,
    private readonly failConnect = false,
  ) {}
  connect(): Promise<void> {
    if (this.failConnect) return Promise.reject(new Error('broker unreachable'));
    this.connected = true;
    return Promise.resolve();
  }
  disconnect(): Promise<void> {
    this.connected = false;
    this.disconnects += 1;
    return Promise.resolve();
  }
}

const setup = (failConnects = 0) => {
  const created: FakeClient[] = [];
  const connection = new CachedConnection(() => {
    const client = new FakeClient(created.length + 1, created.length < failConnects);
    created.push(client);
    return client;
  });
  return { created, connection };
};

describe('isFailedForGood', () => {
  it('is true for errors kafkajs gave up on, false for ones it would retry', () => {
    expect(isFailedForGood(new KafkaJSNonRetriableError('not retriable'))).toBe(true);
    expect(isFailedForGood(new KafkaJSNumberOfRetriesExceeded(new Error('timeout'), { retryCount: 5, retryTime: 300 }))).toBe(true);
    expect(isFailedForGood(new KafkaJSProtocolError('UNKNOWN_TOPIC_OR_PARTITION'))).toBe(false);
    expect(isFailedForGood(new Error('plain'))).toBe(false);
  });
});

describe('CachedConnection', () => {
  it('connects once and shares the client', async () => {
    const { created, connection } = setup();
    const [a, b] = await Promise.all([connection.get(), connection.get()]);
    expect(a).toBe(b);
    expect(await connection.use(async (client) => client.id)).toBe(1);
    expect(created).toHaveLength(1);
  });

  it('forgets a failed connect so the next caller tries again', async () => {
    const { created, connection } = setup(1);
    await expect(connection.get()).rejects.toThrow('broker unreachable');
    expect((await connection.get()).id).toBe(2);
    expect(created).toHaveLength(2);
  });

  it('replaces the client after a call fails for good, and keeps it after a retriable failure', async () => {
    const { created, connection } = setup();
    await expect(connection.use(() => Promise.reject(new KafkaJSProtocolError('retriable')))).rejects.toThrow('retriable');
    expect((await connection.get()).id).toBe(1);
    await expect(
      connection.use(() => Promise.reject(new KafkaJSNumberOfRetriesExceeded(new Error('send failed'), { retryCount: 5, retryTime: 300 }))),
    ).rejects.toThrow('send failed');
    expect(created[0]!.disconnects).toBe(1);
    expect((await connection.get()).id).toBe(2);
    expect(created).toHaveLength(2);
  });

  it('close disconnects the client and a later get connects a new one', async () => {
    const { created, connection } = setup();
    await connection.get();
    await connection.close();
    expect(created[0]!.connected).toBe(false);
    expect((await connection.get()).id).toBe(2);
  });
});
