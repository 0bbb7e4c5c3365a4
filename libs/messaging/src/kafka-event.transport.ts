import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import type { Consumer, ConsumerEvents, EachMessagePayload, InstrumentationEvent } from 'kafkajs';
import type { Counter, Gauge } from 'prom-client';
import { isObservable, lastValueFrom } from 'rxjs';
import {
  deadLetterTopic,
  eventName,
  findEventDefinition,
  parseEnvelope,
  TOPIC_PARTITIONS,
  validatePayload,
  type EventEnvelope,
} from '#contracts';
import { Metrics, ReadinessRegistry, runWithContext } from '#observability';
import { UnitOfWork } from '#persistence';
import { subscriptionFor, type ConsumerSubscription } from './consumer-subscription.js';
import { deadLetterHeaders } from './dead-letter.js';
import { EventContext } from './event-context.js';
import { HandlerFailure } from './handles-event.decorator.js';
import { KafkaClient } from './kafka-client.service.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options.js';
import { backoffDelays, classifyHandlerError, describeError, unavailableDelay, type DeadLetterReason } from './retry-policy.js';

type ConsumerEventName = ConsumerEvents[keyof ConsumerEvents];
type TransportEvents = Record<ConsumerEventName, (event: InstrumentationEvent<unknown>) => void>;

const JOIN_TIMEOUT_MS = 30_000;
const DEFAULT_LAG_INTERVAL_MS = 5_000;
const DEFAULT_RESTART_DELAY_MS = 5_000;

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
  private restartTimer?: NodeJS.Timeout;
  private stopping = false;
  /** Aborted by close(), so waits between retries end at once. */
  private stopSignal = new AbortController();
  /** Ready only once the consumer has joined its group (again, after a crash). */
  private joined = false;
  /** Set when the consumer crashed; readiness fails until it has joined again. */
  private crashed?: string;
  /** Listeners of on(): registered on every consumer this transport creates (also after a restart). */
  private readonly listeners: [ConsumerEventName, (event: InstrumentationEvent<unknown>) => void][] = [];
  /** Derived at start from the handlers Nest registered: which topics to read, which events to ignore. */
  private subscription?: ConsumerSubscription;
  private ignored = new Set<string>();
  private readonly consumed: Counter<'type' | 'outcome'>;
  private readonly deadLetters: Counter<'reason'>;
  private readonly unhandled: Counter<'type'>;
  private readonly lag: Gauge<'topic' | 'partition'>;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly unitOfWork: UnitOfWork,
    private readonly kafka: KafkaClient,
    metrics: Metrics,
    readiness: ReadinessRegistry,
  ) {
    super();
    if (options.consumer)
      readiness.register('kafka-consumer', async () => {
        if (this.crashed) throw new Error(`consumer ${options.consumer?.group} crashed (${this.crashed}); restarting`);
        if (!this.joined) throw new Error(`consumer ${options.consumer?.group} has not joined its group yet`);
      });
    this.consumed = metrics.counter('messaging_consumed_total', 'Events consumed, by type and outcome', ['type', 'outcome']);
    this.deadLetters = metrics.counter('messaging_dead_letters_total', 'Events sent to the dead-letter topic, by reason', ['reason']);
    this.unhandled = metrics.counter(
      'messaging_unhandled_events_total',
      'Events this service has no handler for that arrived on a topic their contract does not name',
      ['type'],
    );
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
    return (this.subscription?.topics ?? []).map((topic) => `${this.options.topicPrefix}${topic}`);
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
    this.joined = false;
    this.stopSignal.abort();
    clearInterval(this.lagTimer);
    clearTimeout(this.restartTimer);
    const consumer = this.consumer;
    this.consumer = undefined;
    // Waits for the message in hand; its offset is committed on the way out.
    await consumer?.disconnect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  on<
    EventKey extends keyof TransportEvents = keyof TransportEvents,
    EventCallback extends TransportEvents[EventKey] = TransportEvents[EventKey],
  >(event: EventKey, callback: EventCallback): void {
    this.listeners.push([event, callback]);
    this.consumer?.on(event as ConsumerEvents['GROUP_JOIN'], callback);
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
    const subscription = subscriptionFor(this.getHandlers().keys());
    if (subscription.topics.length === 0)
      throw new Error(`consumer group ${options.group} has no @HandlesEvent handlers, so it has nothing to consume`);
    this.subscription = subscription;
    this.ignored = new Set(subscription.ignored.map((definition) => eventName(definition.type, definition.version)));
    this.stopping = false;
    this.stopSignal = new AbortController();
    const started = await this.startConsumer();
    if (!started) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), JOIN_TIMEOUT_MS)));
    // Never keeps the process alive, e.g. when the app is closed during start-up.
    timer?.unref();
    if (await Promise.race([started.joined.then(() => false), timedOut]))
      this.logger.warn(`consumer ${options.group} has not joined its group after ${JOIN_TIMEOUT_MS} ms; still trying`);
    clearTimeout(timer);
    if (this.stopping) return;
    const names = (definitions: ConsumerSubscription['handled']): string =>
      definitions.map((definition) => eventName(definition.type, definition.version)).join(', ') || 'nothing';
    this.logger.log(
      `consuming ${this.topics.join(', ')} as ${options.group}: ` +
        `handles ${names(subscription.handled)}; ignores ${names(subscription.ignored)}`,
    );
    this.lagTimer = setInterval(() => void this.refreshLag(), options.lagIntervalMs ?? DEFAULT_LAG_INTERVAL_MS);
    this.lagTimer.unref();
  }

  /**
   * Creates, connects and runs a consumer; returns its first group join (to wait for), or undefined when
   * the transport was closed meanwhile (the consumer is then disconnected again).
   */
  private async startConsumer(): Promise<{ joined: Promise<void> } | undefined> {
    const options = this.options.consumer;
    if (!options || this.stopping) return undefined;
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
    this.joined = false;
    for (const [event, callback] of this.listeners) consumer.on(event as ConsumerEvents['GROUP_JOIN'], callback);
    consumer.on(consumer.events.CRASH, (event) => this.onCrash(consumer, event.payload.error, event.payload.restart));
    const joined = new Promise<void>((resolve) => {
      consumer.on(consumer.events.GROUP_JOIN, () => {
        if (this.consumer !== consumer || this.stopping) return;
        this.joined = true;
        this.crashed = undefined;
        resolve();
      });
    });
    const abandon = async (): Promise<undefined> => {
      if (this.consumer === consumer) this.consumer = undefined;
      await consumer.disconnect().catch(() => undefined);
      return undefined;
    };
    await consumer.connect();
    if (this.stopping) return abandon();
    // A new group starts at the beginning so nothing published before its first start is missed.
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    if (this.stopping) return abandon();
    await consumer.run({
      // Every partition of a topic at once; order holds within a partition, which is all the key asks for.
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? TOPIC_PARTITIONS,
      eachMessage: (payload) => this.handleMessage(payload),
    });
    if (this.stopping) return abandon();
    return { joined };
  }

  /**
   * kafkajs restarts the consumer itself after most crashes; after one it will not restart from, the
   * service would stay up without consuming, so it makes a new consumer after a delay. Readiness is
   * false until that one has joined its group.
   */
  private onCrash(consumer: Consumer, error: Error, restart: boolean): void {
    if (this.stopping || this.consumer !== consumer) return;
    this.joined = false;
    this.crashed = describeError(error);
    if (restart) {
      this.logger.warn(`consumer ${this.group} crashed, kafkajs restarts it: ${this.crashed}`);
      return;
    }
    const delay = this.options.consumer?.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS;
    this.logger.error(`consumer ${this.group} crashed and kafkajs will not restart it: ${this.crashed}; restarting it in ${delay} ms`);
    this.scheduleRestart(consumer, delay);
  }

  private scheduleRestart(consumer: Consumer | undefined, delay: number): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => void this.restart(consumer, delay), delay);
    this.restartTimer.unref();
  }

  private async restart(crashed: Consumer | undefined, delay: number): Promise<void> {
    if (this.stopping) return;
    if (this.consumer === crashed) this.consumer = undefined;
    await crashed?.disconnect().catch(() => undefined);
    try {
      await this.startConsumer();
    } catch (error) {
      if (this.stopping) return;
      this.logger.error(`restarting consumer ${this.group} failed, trying again in ${delay} ms: ${describeError(error)}`);
      const failed = this.consumer;
      this.scheduleRestart(failed, delay);
    }
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
      // Catalogue events on the group's topics are ignored above; this one travels on another topic by its contract.
      this.logger.warn(
        `${this.group} has no handler for ${name} (event ${envelope.eventId}), which belongs on ${definition.topic}: dead-lettered`,
      );
      return this.deadLetter(
        payload,
        'unhandled-event-type',
        `${this.group} has no handler for ${name}, which belongs on ${definition.topic}`,
        name,
      );
    }
    let event: EventEnvelope<object>;
    try {
      event = { ...envelope, payload: validatePayload(definition, envelope.payload) };
    } catch (error) {
      return this.deadLetter(payload, 'invalid-payload', describeError(error), name);
    }
    // Events the handler appends carry the same correlation id and name this event as their cause.
    await runWithContext({ correlationId: envelope.correlationId, causationId: envelope.eventId }, () =>
      this.apply(payload, handler, event, name),
    );
  }

  private async apply(payload: EachMessagePayload, handler: MessageHandler, event: EventEnvelope<object>, name: string): Promise<void> {
    const delays = backoffDelays(this.options.retry);
    // Failures that may be about the event are bounded; an unavailable database is waited out.
    let failures = 0;
    let outageRetries = 0;
    for (;;) {
      try {
        const outcome = await this.unitOfWork.run(async () => {
          const recorded = (await this.unitOfWork.manager.query(
            'INSERT INTO inbox (consumer_group, event_id, event_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id',
            [this.group, event.eventId, name],
          )) as unknown[];
          if (recorded.length === 0) return 'duplicate' as const;
          const result: unknown = await handler(event, new EventContext(event, payload.topic, payload.partition, payload.message.offset));
          if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
          return 'processed' as const;
        });
        if (outcome === 'duplicate') this.logger.log(`${name} ${event.eventId} already processed by ${this.group}; skipped`);
        this.consumed.inc({ type: name, outcome });
        return;
      } catch (failure) {
        const error = failure instanceof HandlerFailure ? failure.cause : failure;
        const kind = classifyHandlerError(error);
        if (kind === 'permanent-error' || kind === 'invalid-payload') return this.deadLetter(payload, kind, describeError(error), name);
        let delay: number;
        if (kind === 'unavailable') {
          // Never dead-lettered: the event is fine, the database is not. Stopping leaves it uncommitted for redelivery.
          if (this.stopping) throw new ShuttingDown(error);
          delay = unavailableDelay(outageRetries);
          outageRetries += 1;
          this.logger.warn(
            `${name} ${event.eventId}: database or broker unavailable, retrying in ${delay} ms until it is back: ${describeError(error)}`,
          );
        } else {
          failures += 1;
          const next = delays[failures - 1];
          if (next === undefined)
            return this.deadLetter(payload, 'retries-exhausted', `after ${failures} attempts: ${describeError(error)}`, name);
          if (this.stopping) throw new ShuttingDown(error);
          delay = next;
          this.logger.warn(`${name} ${event.eventId} failed (attempt ${failures}), retrying in ${delay} ms: ${describeError(error)}`);
        }
        await sleep(delay, undefined, { signal: this.stopSignal.signal }).catch(() => {
          throw new ShuttingDown(error);
        });
        await payload.heartbeat();
      }
    }
  }

  private async deadLetter(payload: EachMessagePayload, reason: DeadLetterReason, error: string, type: string): Promise<void> {
    const { topic, partition, message } = payload;
    await this.kafka.withProducer((producer) =>
      producer.send({
        topic: this.deadLetterTopic,
        acks: -1,
        messages: [
          {
            key: message.key,
            value: message.value,
            headers: deadLetterHeaders(message.headers, {
              reason,
              error,
              topic,
              partition,
              offset: message.offset,
              group: this.group,
              failedAt: new Date(),
            }),
          },
        ],
      }),
    );
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
