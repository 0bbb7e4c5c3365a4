import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { NotifiedWorker, type ListenerClient } from './notified-worker.js';

/** Stands in for the pg connection: LISTEN is covered by the integration tests. */
class FakeListener extends EventEmitter implements ListenerClient {
  ended = false;
  readonly queries: string[] = [];
  constructor(private readonly failConnect = false) {
    super();
  }
  connect(): Promise<void> {
    return this.failConnect ? Promise.reject(new Error('connection refused')) : Promise.resolve();
  }
  query(sql: string): Promise<unknown> {
    this.queries.push(sql);
    return Promise.resolve();
  }
  end(): Promise<void> {
    this.ended = true;
    return Promise.resolve();
  }
}

/** A work function whose batches the test finishes (or fails) one by one. */
class ScriptedWork {
  calls = 0;
  private readonly inFlight: { resolve: (handled: number) => void; reject: (error: Error) => void }[] = [];
  private readonly callWaiters: (() => void)[] = [];

  readonly work = (): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      this.calls += 1;
      this.inFlight.push({ resolve, reject });
      for (const waiter of this.callWaiters.splice(0)) waiter();
    });

  async called(times: number): Promise<void> {
    while (this.calls < times) await new Promise<void>((resolve) => this.callWaiters.push(resolve));
  }

  finish(handled: number): void {
    this.next().resolve(handled);
  }

  fail(error: Error): void {
    this.next().reject(error);
  }

  private next(): { resolve: (handled: number) => void; reject: (error: Error) => void } {
    const batch = this.inFlight.shift();
    if (!batch) throw new Error('no batch in flight');
    return batch;
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const started: NotifiedWorker[] = [];

const setup = (options: { failConnect?: boolean; channel?: string } = {}) => {
  const work = new ScriptedWork();
  const listener = new FakeListener(options.failConnect);
  const logger = { warn: jest.fn<(message: string) => void>(), error: jest.fn<(message: string) => void>() };
  const worker = new NotifiedWorker({
    name: 'test worker',
    connection: {},
    channel: options.channel ?? 'test_channel',
    // Never fires within a test: every wake-up below is explicit.
    pollIntervalMs: 3_600_000,
    work: work.work,
    logger,
    createClient: () => listener,
  });
  started.push(worker);
  return { work, listener, logger, worker };
};

describe('NotifiedWorker', () => {
  // A failed test must not leave poll or reconnect timers behind (stop() cannot wait on a batch nobody finishes).
  afterEach(() => {
    for (const worker of started.splice(0)) void worker.stop();
  });

  it('works while batches handle items, and drains again when woken during a drain', async () => {
    const { work, listener, worker } = setup();
    await worker.start(); // LISTEN wakes it, then start() wakes it again while that drain runs
    await work.called(1);
    work.finish(5);
    await work.called(2); // items were handled: the same drain goes on
    work.finish(0);
    await work.called(3); // the wake from start() during the first drain
    listener.emit('notification');
    work.finish(0);
    await work.called(4); // the notification during the second drain
    work.finish(0);
    await worker.stop();
    expect(work.calls).toBe(4);
  });

  it('drainNow waits until nothing is left', async () => {
    const { work, worker } = setup();
    await worker.start();
    await work.called(1);
    work.finish(0);
    await work.called(2);
    let drained = false;
    const draining = worker.drainNow().then(() => (drained = true));
    work.finish(3);
    await work.called(3);
    await settle();
    expect(drained).toBe(false);
    work.finish(0);
    await work.called(4); // the wake from drainNow() during the drain
    work.finish(0);
    await draining;
    expect(work.calls).toBe(4);
    await worker.stop();
  });

  it('stop waits for the batch in flight, then starts no other and closes the listener', async () => {
    const { work, listener, worker } = setup();
    await worker.start();
    await work.called(1);
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    expect(listener.ended).toBe(false);
    work.finish(5); // would go on if the worker were still running
    await stopping;
    expect(work.calls).toBe(1);
    expect(listener.ended).toBe(true);
    listener.emit('notification');
    worker.wake();
    expect(work.calls).toBe(1);
  });

  it('logs a failed batch and keeps working', async () => {
    const { work, logger, worker } = setup();
    await worker.start();
    await work.called(1);
    work.fail(new Error('database unavailable'));
    await work.called(2); // the wake queued during the failed drain still runs
    expect(logger.error).toHaveBeenCalledWith('test worker: Error: database unavailable');
    work.finish(0);
    await worker.stop();
    expect(work.calls).toBe(2);
  });

  it('quotes the channel as an identifier in LISTEN', async () => {
    const { work, listener, worker } = setup({ channel: 'Outbox-"Channel"; DROP TABLE outbox' });
    await worker.start();
    expect(listener.queries).toEqual(['LISTEN "Outbox-""Channel""; DROP TABLE outbox"']);
    await work.called(1);
    work.finish(0);
    await work.called(2);
    work.finish(0);
    await worker.stop();
  });

  it('replaces a lost listener, and a late error of the lost one leaves its replacement alone', async () => {
    jest.useFakeTimers();
    try {
      const clients: FakeListener[] = [];
      const logger = { warn: jest.fn<(message: string) => void>(), error: jest.fn<(message: string) => void>() };
      const worker = new NotifiedWorker({
        name: 'test worker',
        connection: {},
        channel: 'test_channel',
        pollIntervalMs: 3_600_000,
        work: () => Promise.resolve(0),
        logger,
        createClient: () => {
          clients.push(new FakeListener());
          return clients.at(-1)!;
        },
      });
      started.push(worker);
      await worker.start();
      // What pg reports when the session is terminated, then again when its socket closes.
      clients[0]!.emit('error', new Error('terminating connection due to administrator command'));
      expect(clients[0]!.ended).toBe(true);
      await jest.advanceTimersByTimeAsync(2_000);
      expect(clients).toHaveLength(2);
      expect(clients[1]!.queries).toEqual(['LISTEN "test_channel"']);
      clients[0]!.emit('error', new Error('Connection terminated unexpectedly'));
      await jest.advanceTimersByTimeAsync(10_000);
      expect(clients[1]!.ended).toBe(false);
      expect(clients).toHaveLength(2);
      expect(logger.warn).toHaveBeenCalledTimes(1);
      await worker.stop();
    } finally {
      jest.useRealTimers();
    }
  });

  it('warns when the listener cannot connect and still works on wake-ups', async () => {
    const { work, logger, worker } = setup({ failConnect: true });
    await worker.start();
    expect(logger.warn).toHaveBeenCalledWith('test worker listener connection lost (Error: connection refused); polling until it is back');
    await work.called(1);
    work.finish(0);
    await worker.stop(); // also cancels the pending reconnect
    expect(work.calls).toBe(1);
  });
});
