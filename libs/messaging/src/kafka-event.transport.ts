import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import type { Consumer, ConsumerEvents, EachMessagePayload, InstrumentationEvent } from 'kafkajs';
import type { Counter, Gauge } from 'prom-client';
import { isObservable, lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import { deadLetterTopic, eventName, findEventDefinition, parseEnvelope, TOPIC_PARTITIONS, validatePayload, type EventEnvelope } from '#contracts';
import { Metrics, ReadinessRegistry, runWithContext } from '#observability';
import { deadLetterHeaders } from './dead-letter.js';
import { EventContext } from './event-context.js';
import { HandlerFailure } from './handles-event.decorator.js';
import { KafkaClient } from './kafka-client.service.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options.js';
import { backoffDelays, classifyHandlerError, describeError, type DeadLetterReason } from './retry-policy.js';

type ConsumerEventName = ConsumerEvents[keyof ConsumerEvents];
type TransportEvents = Record<ConsumerEventName, (event: InstrumentationEvent<unknown>) => void>;

const JOIN_TIMEOUT_MS = 30_000;
const DEFAULT_LAG_INTERVAL_MS = 5_000;

/** Thrown out of eachMessage while shutting down so the offset stays uncommitted and the event is redelivered. */
class ShuttingDown extends Error {
  constructor(cause: unknown) {
    super(`stopped while retrying: ${describeError(cause)}`);
  }
}

/**
 * The consumer side of messaging, as a Nest transport: one Kafka consumer per service. Each event is
 * validated against its contract, applied once (inbox row and effect in one transaction), retried with
 * backoff when that fails, and dead-lettered when it can never succeed. The offset is committed only
 * after the event's transaction has committed or the event is safely in the dead-letter topic.
 */
@Injectable()
export class KafkaEventTransport extends Server<TransportEvents> implements CustomTransportStrategy, OnModuleDestroy {
  override readonly propagatesEventHandlerErrors = true;
  protected override readonly logger = new Logger(KafkaEventTransport.name);
  private consumer?: Consumer;
  private lagTimer?: NodeJS.Timeout;
  private refreshingLag = false;
  private stopping = false;
  /** Set when kafkajs gives up on the consumer; readiness then fails instead of the service silently not consuming. */
  private crashed?: string;
  private readonly pendingListeners: [ConsumerEventName, (event: InstrumentationEvent<unknown>) => void][] = [];
  private readonly ignored: Set<string>;
  private readonly consumed: Counter<'type' | 'outcome'>;
  private readonly deadLetters: Counter<'reason'>;
  private readonly unhandled: Counter<'type'>;
  private readonly lag: Gauge<'topic' | 'partition'>;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaClient,
    metrics: Metrics,
    readiness: ReadinessRegistry,
  ) {
    super();
    if (options.consumer)
      readiness.register('kafka-consumer', async () => {
        if (this.crashed) throw new Error(`consumer ${options.consumer?.group} stopped: ${this.crashed}`);
      });
    this.ignored = new Set((options.consumer?.ignoredEvents ?? []).map((definition) => eventName(definition.type, definition.version)));
    this.consumed = metrics.counter('messaging_consumed_total', 'Events consumed, by type and outcome', ['type', 'outcome']);
    this.deadLetters = metrics.counter('messaging_dead_letters_total', 'Events sent to the dead-letter topic, by reason', ['reason']);
    this.unhandled = metrics.counter('messaging_unhandled_events_total', 'Events of a type this service neither handles nor ignores', ['type']);
    this.lag = metrics.gauge('kafka_consumer_lag', 'Messages not yet consumed, per topic and partition', ['topic', 'partition']);
  }

  private get group(): string {
    if (!this.options.consumer) throw new Error('no consumer configured');
    return this.options.consumer.group;
  }

  /** The Kafka group id carries the topic prefix, so environments sharing a cluster never share a group. */
  private get kafkaGroupId(): string {
    return `${this.options.topicPrefix}${this.group}`;
  }

  private get topics(): string[] {
    return (this.options.consumer?.topics ?? []).map((topic) => `${this.options.topicPrefix}${topic}`);
  }

  get deadLetterTopic(): string {
    return `${this.options.topicPrefix}${deadLetterTopic(this.group)}`;
  }

  listen(callback: (...optionalParams: unknown[]) => unknown): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.stopping = true;
    clearInterval(this.lagTimer);
    const consumer = this.consumer;
    this.consumer = undefined;
    // Waits for the message in hand; its offset is committed on the way out.
    await consumer?.disconnect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  on<EventKey extends keyof TransportEvents = keyof TransportEvents, EventCallback extends TransportEvents[EventKey] = TransportEvents[EventKey]>(
    event: EventKey,
    callback: EventCallback,
  ): void {
    if (this.consumer) this.consumer.on(event as ConsumerEvents['GROUP_JOIN'], callback);
    else this.pendingListeners.push([event, callback]);
  }

  unwrap<T>(): T {
    if (!this.consumer) throw new Error('KafkaEventTransport is not listening; call listen() first');
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    const options = this.options.consumer;
    if (!options) {
      this.logger.log('no consumer configured for this service; not consuming');
      return;
    }
    this.stopping = false;
    const consumer = this.kafka.kafka.consumer({
      groupId: this.kafkaGroupId,
      sessionTimeout: options.sessionTimeoutMs ?? 10_000,
      heartbeatInterval: options.heartbeatIntervalMs ?? 1_000,
      rebalanceTimeout: 10_000,
      // Short fetch waits keep shutdown quick; a fetch still returns as soon as data arrives.
      maxWaitTimeInMs: 500,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    for (const [event, callback] of this.pendingListeners) consumer.on(event as ConsumerEvents['GROUP_JOIN'], callback);
    consumer.on(consumer.events.CRASH, (event) => {
      this.logger.error(`consumer ${options.group} crashed: ${describeError(event.payload.error)} (restart: ${event.payload.restart})`);
      if (!event.payload.restart && !this.stopping) this.crashed = describeError(event.payload.error);
    });
    consumer.on(consumer.events.GROUP_JOIN, () => (this.crashed = undefined));
    const joined = new Promise<void>((resolve) => {
      const remove = consumer.on(consumer.events.GROUP_JOIN, () => {
        remove();
        resolve();
      });
    });
    await consumer.connect();
    // A new group starts at the beginning so nothing published before its first start is missed.
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({
      // Every partition of a topic at once; order holds within a partition, which is all the key asks for.
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? TOPIC_PARTITIONS,
      eachMessage: (payload) => this.handleMessage(payload),
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), JOIN_TIMEOUT_MS)));
    if (await Promise.race([joined.then(() => false), timedOut])) this.logger.warn(`consumer ${options.group} has not joined its group after ${JOIN_TIMEOUT_MS} ms; still trying`);
    clearTimeout(timer);
    this.logger.log(`consuming ${this.topics.join(', ')} as ${options.group}`);
    this.lagTimer = setInterval(() => void this.refreshLag(), options.lagIntervalMs ?? DEFAULT_LAG_INTERVAL_MS);
  }

  private async handleMessage(payload: EachMessagePayload): Promise<void> {
    const { message } = payload;
    let envelope: EventEnvelope<unknown>;
    try {
      envelope = parseEnvelope(JSON.parse(message.value?.toString('utf8') ?? 'null'));
    } catch (error) {
      return this.deadLetter(payload, 'invalid-envelope', describeError(error), 'unknown');
    }
    const name = eventName(envelope.type, envelope.version);
    if (this.ignored.has(name)) {
      this.consumed.inc({ type: name, outcome: 'ignored' });
      return;
    }
    const definition = findEventDefinition(envelope.type, envelope.version);
    if (!definition) return this.deadLetter(payload, 'unknown-event-type', `no contract for ${name}`, name);
    const handler = this.getHandlerByPattern(name);
    if (!handler) {
      this.unhandled.inc({ type: name });
      this.logger.warn(`${this.group} has no handler for ${name} (event ${envelope.eventId}) and does not ignore it: dead-lettered`);
      return this.deadLetter(payload, 'unhandled-event-type', `${this.group} has no handler for ${name}`, name);
    }
    let event: EventEnvelope<object>;
    try {
      event = { ...envelope, payload: validatePayload(definition, envelope.payload) };
    } catch (error) {
      return this.deadLetter(payload, 'invalid-payload', describeError(error), name);
    }
    // Events the handler appends carry the same correlation id and name this event as their cause.
    await runWithContext({ correlationId: envelope.correlationId, causationId: envelope.eventId }, () => this.apply(payload, handler, event, name));
  }

  private async apply(payload: EachMessagePayload, handler: MessageHandler, event: EventEnvelope<object>, name: string): Promise<void> {
    const delays = backoffDelays(this.options.retry);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const outcome = await this.dataSource.transaction(async (manager) => {
          const recorded = (await manager.query(
            'INSERT INTO inbox (consumer_group, event_id, event_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id',
            [this.group, event.eventId, name],
          )) as unknown[];
          if (recorded.length === 0) return 'duplicate' as const;
          const result: unknown = await handler(event, new EventContext(manager, event, payload.topic, payload.partition, payload.message.offset));
          if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
          return 'processed' as const;
        });
        if (outcome === 'duplicate') this.logger.log(`${name} ${event.eventId} already processed by ${this.group}; skipped`);
        this.consumed.inc({ type: name, outcome });
        return;
      } catch (failure) {
        const error = failure instanceof HandlerFailure ? failure.cause : failure;
        const kind = classifyHandlerError(error);
        if (kind !== 'transient') return this.deadLetter(payload, kind, describeError(error), name);
        const delay = delays[attempt - 1];
        if (delay === undefined) return this.deadLetter(payload, 'retries-exhausted', `after ${attempt} attempts: ${describeError(error)}`, name);
        if (this.stopping) throw new ShuttingDown(error);
        this.logger.warn(`${name} ${event.eventId} failed (attempt ${attempt}), retrying in ${delay} ms: ${describeError(error)}`);
        await new Promise((resolve) => setTimeout(resolve, delay));
        await payload.heartbeat();
      }
    }
  }

  private async deadLetter(payload: EachMessagePayload, reason: DeadLetterReason, error: string, type: string): Promise<void> {
    const { topic, partition, message } = payload;
    const producer = await this.kafka.producer();
    await producer.send({
      topic: this.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: deadLetterHeaders(message.headers, { reason, error, topic, partition, offset: message.offset, group: this.group, failedAt: new Date() }),
        },
      ],
    });
    this.deadLetters.inc({ reason });
    this.consumed.inc({ type, outcome: 'dead-lettered' });
    this.logger.error(`${type} at ${topic}[${partition}]@${message.offset} dead-lettered to ${this.deadLetterTopic} (${reason}): ${error}`);
  }

  /** Lag = end of each partition minus the group's committed offset (or the start, before the first commit). */
  private async refreshLag(): Promise<void> {
    if (this.refreshingLag || this.stopping) return;
    this.refreshingLag = true;
    try {
      const admin = await this.kafka.admin();
      const committed = await admin.fetchOffsets({ groupId: this.kafkaGroupId, topics: this.topics });
      for (const { topic, partitions } of committed) {
        const ends = await admin.fetchTopicOffsets(topic);
        for (const end of ends) {
          const offset = Number(partitions.find((entry) => entry.partition === end.partition)?.offset ?? '-1');
          const position = offset >= 0 ? offset : Number(end.low);
          this.lag.set({ topic, partition: String(end.partition) }, Math.max(0, Number(end.high) - position));
        }
      }
    } catch (error) {
      this.logger.warn(`could not refresh consumer lag: ${describeError(error)}`);
    } finally {
      this.refreshingLag = false;
    }
  }
}
