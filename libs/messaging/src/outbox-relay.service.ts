import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Message, TopicMessages } from 'kafkajs';
import type { Counter, Gauge } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_HEADERS, type EventEnvelope } from '#contracts';
import { Metrics } from '#observability';
import { KafkaClient } from './kafka-client.service.js';
import { MESSAGING_OPTIONS, OUTBOX_CHANNEL, type MessagingOptions } from './messaging-options.js';
import { NotifiedWorker, pgClientConfig } from './notified-worker.js';
import { selectPublishable } from './outbox-ordering.js';
import { describeError } from './retry-policy.js';

interface OutboxRow {
  position: string;
  key: string;
  topic: string;
  type: string;
  envelope: EventEnvelope<object>;
}

const DEFAULT_POLL_MS = 1_000;
const DEFAULT_BATCH = 100;

/** The Kafka record of an outbox row: key and headers let consumers and tools route without parsing the value. */
export const toKafkaMessage = (envelope: EventEnvelope<object>): Message => {
  const headers: Record<string, string> = {
    [EVENT_HEADERS.eventId]: envelope.eventId,
    [EVENT_HEADERS.eventType]: envelope.type,
    [EVENT_HEADERS.eventVersion]: String(envelope.version),
    [EVENT_HEADERS.correlationId]: envelope.correlationId,
    [EVENT_HEADERS.producer]: envelope.producer,
  };
  if (envelope.causationId !== null) headers[EVENT_HEADERS.causationId] = envelope.causationId;
  return { key: envelope.key, value: JSON.stringify(envelope), headers };
};

/**
 * Publishes committed outbox rows to Kafka, in outbox order per key, then marks them published in
 * the same transaction. Woken by LISTEN/NOTIFY right after a commit; a slow poll covers missed
 * notifications and restarts. A crash after publishing but before the commit republishes the rows
 * on restart: delivery is at least once, consumers deduplicate by event id.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly worker: NotifiedWorker;
  private readonly backlog: Gauge;
  private readonly published: Counter<'type'>;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaClient,
    metrics: Metrics,
  ) {
    this.backlog = metrics.gauge('outbox_backlog', 'Outbox rows not yet published to Kafka');
    this.published = metrics.counter('messaging_published_total', 'Events published from the outbox to Kafka', ['type']);
    this.worker = new NotifiedWorker({
      name: 'outbox relay',
      connection: pgClientConfig(dataSource, `samenleven-${options.service}-relay`),
      channel: OUTBOX_CHANNEL,
      pollIntervalMs: options.relay?.pollIntervalMs ?? DEFAULT_POLL_MS,
      work: () => this.publishBatch(),
      afterDrain: () => this.refreshBacklog(),
      logger: this.logger,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.relay?.enabled === false) return;
    await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): Promise<void> {
    return this.worker.start();
  }

  /** Stops waking up and waits for a batch in flight, so its commit is not cut off. */
  stop(): Promise<void> {
    return this.worker.stop();
  }

  /** Publishes until nothing is left (or a publish fails); exposed for tests and tools. */
  drainNow(): Promise<void> {
    return this.worker.drainNow();
  }

  private async refreshBacklog(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    const [row] = (await this.dataSource.query('SELECT count(*)::int AS count FROM outbox WHERE published_at IS NULL')) as { count: number }[];
    this.backlog.set(row?.count ?? 0);
  }

  /** One transaction: lock a batch, publish what may go now, mark it published. Returns how many were published. */
  private publishBatch(): Promise<number> {
    const batchSize = this.options.relay?.batchSize ?? DEFAULT_BATCH;
    return this.dataSource.transaction(async (manager) => {
      const claimed = (await manager.query(
        `SELECT position::text AS position, key, topic, type, envelope FROM outbox
          WHERE published_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      )) as OutboxRow[];
      if (claimed.length === 0) return 0;
      const rows = selectPublishable(claimed, await this.unpublishedOfKeys(manager, claimed));
      if (rows.length === 0) return 0;
      try {
        const producer = await this.kafka.producer();
        await producer.sendBatch({ acks: -1, topicMessages: this.byTopic(rows) });
      } catch (error) {
        await manager.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE position = ANY($1::bigint[])', [
          rows.map((row) => row.position),
          describeError(error),
        ]);
        this.logger.warn(`publishing ${rows.length} outbox event(s) failed, will retry: ${describeError(error)}`);
        return 0;
      }
      await manager.query('UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE position = ANY($1::bigint[])', [
        rows.map((row) => row.position),
      ]);
      for (const row of rows) this.published.inc({ type: row.type });
      return rows.length;
    });
  }

  private async unpublishedOfKeys(manager: EntityManager, claimed: OutboxRow[]): Promise<{ position: string; key: string }[]> {
    const newest = claimed.reduce((max, row) => (BigInt(row.position) > max ? BigInt(row.position) : max), 0n);
    return (await manager.query(
      `SELECT position::text AS position, key FROM outbox WHERE published_at IS NULL AND key = ANY($1::varchar[]) AND position <= $2::bigint`,
      [[...new Set(claimed.map((row) => row.key))], newest.toString()],
    )) as { position: string; key: string }[];
  }

  private byTopic(rows: OutboxRow[]): TopicMessages[] {
    const topics = new Map<string, Message[]>();
    for (const row of rows) {
      const topic = `${this.options.topicPrefix}${row.topic}`;
      const messages = topics.get(topic) ?? [];
      messages.push(toKafkaMessage(row.envelope));
      topics.set(topic, messages);
    }
    return [...topics].map(([topic, messages]) => ({ topic, messages }));
  }
}
