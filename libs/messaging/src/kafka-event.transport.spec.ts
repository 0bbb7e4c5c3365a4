import 'reflect-metadata';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from '@jest/globals';
import { eventName, reportSubmittedV1, TOPICS } from '#contracts';
import { Metrics, ReadinessRegistry } from '#observability';
import type { UnitOfWork } from '#persistence';
import type { KafkaClient } from './kafka-client.service.js';
import { KafkaEventTransport } from './kafka-event.transport.js';
import type { MessagingOptions } from './messaging-options.js';

const EVENTS = { CRASH: 'consumer.crash', GROUP_JOIN: 'consumer.group_join' } as const;

/** Stands in for a kafkajs consumer: joins its group when run, and lets the test crash it or hold its connect. */
class FakeConsumer extends EventEmitter {
  readonly events = EVENTS;
  running = false;
  disconnected = false;
  subscribed: string[] = [];
  private releaseConnect?: () => void;
  constructor(holdConnect: boolean) {
    super();
    if (holdConnect) this.connected = new Promise<void>((resolve) => (this.releaseConnect = resolve));
  }
  private readonly connected: Promise<void> = Promise.resolve();
  release(): void {
    this.releaseConnect?.();
  }
  connect(): Promise<void> {
    return this.connected;
  }
  subscribe({ topics }: { topics: string[] }): Promise<void> {
    this.subscribed = topics;
    return Promise.resolve();
  }
  run(): Promise<void> {
    this.running = true;
    setImmediate(() => this.emit(EVENTS.GROUP_JOIN, { payload: {} }));
    return Promise.resolve();
  }
  disconnect(): Promise<void> {
    this.disconnected = true;
    return Promise.resolve();
  }
  crash(restart: boolean): void {
    this.emit(EVENTS.CRASH, { payload: { error: new Error('coordinator gone'), restart } });
  }
}

const transports: KafkaEventTransport[] = [];

const setup = (options: { holdConnect?: boolean; handlers?: string[] } = {}) => {
  const consumers: FakeConsumer[] = [];
  const waiters: (() => void)[] = [];
  const kafka = {
    kafka: {
      consumer: () => {
        const consumer = new FakeConsumer(options.holdConnect === true && consumers.length === 0);
        consumers.push(consumer);
        for (const waiter of waiters.splice(0)) waiter();
        return consumer;
      },
    },
  } as unknown as KafkaClient;
  const messaging: MessagingOptions = {
    service: 'test',
    brokers: ['127.0.0.1:1'],
    topicPrefix: 't.',
    consumer: { group: 'g', restartDelayMs: 10, lagIntervalMs: 3_600_000 },
  };
  const readiness = new ReadinessRegistry();
  const transport = new KafkaEventTransport(messaging, {} as UnitOfWork, kafka, new Metrics('test'), readiness);
  transports.push(transport);
  // As Nest registers the @HandlesEvent methods of the service's controllers before it listens.
  for (const name of options.handlers ?? [eventName(reportSubmittedV1.type, reportSubmittedV1.version)])
    transport.addHandler(name, () => Promise.resolve(), true);
  const listen = (): Promise<unknown> => new Promise((resolve) => transport.listen(resolve));
  const consumerNumber = async (count: number): Promise<FakeConsumer> => {
    while (consumers.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    return consumers[count - 1]!;
  };
  const consumerReady = async () => (await readiness.run())['kafka-consumer'];
  return { transport, listen, consumers, consumerNumber, consumerReady };
};

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('KafkaEventTransport', () => {
  afterEach(async () => {
    for (const transport of transports.splice(0)) await transport.close();
  });

  it('subscribes to the topics of the events its handlers handle, under the prefix', async () => {
    const { listen, consumerNumber } = setup({ handlers: ['applications.government-registered.v1', 'reporting.report-submitted.v1'] });
    expect(await listen()).toBeUndefined();
    expect((await consumerNumber(1)).subscribed).toEqual([`t.${TOPICS.applications}`, `t.${TOPICS.reporting}`]);
  });

  it('refuses to start without handlers, or with a handler of an event the catalogue does not know', async () => {
    expect(await setup({ handlers: [] }).listen()).toEqual(
      new Error('consumer group g has no @HandlesEvent handlers, so it has nothing to consume'),
    );
    expect(await setup({ handlers: ['reporting.report-submitted.v9'] }).listen()).toMatchObject({ name: 'UncataloguedHandlerError' });
  });

  it('is ready only after its consumer joined the group', async () => {
    const { listen, consumerReady } = setup();
    expect(await consumerReady()).toEqual({ ok: false, error: 'consumer g has not joined its group yet' });
    await listen();
    expect(await consumerReady()).toEqual({ ok: true });
  });

  it('replaces a consumer kafkajs will not restart, and is not ready until the new one has joined', async () => {
    const { listen, consumerNumber, consumerReady } = setup();
    await listen();
    const first = await consumerNumber(1);
    first.crash(false);
    expect(await consumerReady()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/crashed \(Error: coordinator gone\); restarting/),
    });
    const second = await consumerNumber(2);
    expect(first.disconnected).toBe(true);
    while (!second.running) await settle();
    await settle();
    expect(await consumerReady()).toEqual({ ok: true });
  });

  it('leaves restarting to kafkajs when it restarts the consumer itself, and restarts nothing while closing', async () => {
    const { transport, listen, consumers, consumerNumber } = setup();
    await listen();
    (await consumerNumber(1)).crash(true);
    await transport.close();
    consumers[0]!.crash(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(consumers).toHaveLength(1);
  });

  it('abandons start-up when closed meanwhile: the consumer is disconnected and never runs', async () => {
    const { transport, listen, consumerNumber } = setup({ holdConnect: true });
    const listening = listen();
    const consumer = await consumerNumber(1);
    await transport.close();
    consumer.release();
    await listening;
    expect(consumer.running).toBe(false);
    expect(consumer.disconnected).toBe(true);
  });
});
