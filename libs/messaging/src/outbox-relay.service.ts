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
import { describeError, isUnavailableError } from './retry-policy.js';

interface OutboxRow {
  position: string;
  key: string;
  topic: string;
  type: string;
  envelope: EventEnvelope<object>;
  /** Some unpublished row of this key has failed to publish before. */
  failing: boolean;
}

const DEFAULT_POLL_MS = 1_000;
const DEFAULT_BATCH = 100;
/** A key whose publishing failed waits 1 s, doubling up to 30 s, before this relay tries it again. */
const KEY_BACKOFF_INITIAL_MS = 1_000;
const KEY_BACKOFF_MAX_MS = 30_000;

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
  /** Keys whose last publish failed: kafkajs spends seconds on each failing send, so they are not retried on every wake-up. */
  private readonly failingKeys = new Map<string, { failures: number; retryAt: number }>();

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
    const [row] = (await this.dataSource.query('SELECT count(*)::int AS count FROM outbox WHERE published_at IS NULL')) as {
      count: number;
    }[];
    this.backlog.set(row?.count ?? 0);
  }

  /**
   * One transaction: lock a batch, publish what may go now, mark it published. Returns how many were published.
   * When the batch fails, each key is published on its own, so only the keys that cannot go wait.
   */
  private publishBatch(): Promise<number> {
    const batchSize = this.options.relay?.batchSize ?? DEFAULT_BATCH;
    return this.dataSource.transaction(async (manager) => {
      // Keys whose publishing failed before come last, so a key that cannot be published never crowds out the others.
      const claimed = (await manager.query(
        `WITH pending AS (
           SELECT position, bool_or(last_error IS NOT NULL) OVER (PARTITION BY key) AS failing FROM outbox WHERE published_at IS NULL)
         SELECT o.position::text AS position, o.key, o.topic, o.type, o.envelope, p.failing
           FROM outbox o JOIN pending p ON p.position = o.position
          WHERE o.published_at IS NULL ORDER BY p.failing, o.position LIMIT $1 FOR UPDATE OF o SKIP LOCKED`,
        [batchSize],
      )) as OutboxRow[];
      if (claimed.length === 0) return 0;
      const now = Date.now();
      const rows = selectPublishable(claimed, await this.unpublishedOfKeys(manager, claimed)).filter(
        (row) => (this.failingKeys.get(row.key)?.retryAt ?? 0) <= now,
      );
      if (rows.length === 0) return 0;
      // A key that failed on its own before would likely fail the whole batch again: go key by key at once.
      if (rows.some((row) => this.failingKeys.has(row.key))) return this.publishPerKey(manager, rows);
      try {
        await this.kafka.withProducer((producer) => producer.sendBatch({ acks: -1, topicMessages: this.byTopic(rows) }));
      } catch (error) {
        if (isUnavailableError(error)) {
          // The broker is unreachable: every key would fail the same way, one slow send after another.
          await this.recordFailure(manager, rows, error);
          this.logger.warn(`publishing ${rows.length} outbox event(s) failed, broker unavailable, will retry: ${describeError(error)}`);
          return 0;
        }
        // One row that can never go (e.g. its topic is missing) must not hold up every other key.
        this.logger.warn(`publishing ${rows.length} outbox event(s) as one batch failed, publishing key by key: ${describeError(error)}`);
        return this.publishPerKey(manager, rows);
      }
      await this.markPublished(manager, rows);
      return rows.length;
    });
  }

  /**
   * Each key's rows in outbox order, one send per key: what goes through is marked published; a key
   * whose send fails keeps its rows (attempts and last_error recorded) and only that key waits.
   */
  private async publishPerKey(manager: EntityManager, rows: OutboxRow[]): Promise<number> {
    const byKey = new Map<string, OutboxRow[]>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    let published = 0;
    for (const [key, keyRows] of byKey) {
      try {
        await this.kafka.withProducer((producer) => producer.sendBatch({ acks: -1, topicMessages: this.byTopic(keyRows) }));
      } catch (error) {
        await this.recordFailure(manager, keyRows, error);
        const failures = (this.failingKeys.get(key)?.failures ?? 0) + 1;
        const delay = Math.min(KEY_BACKOFF_MAX_MS, KEY_BACKOFF_INITIAL_MS * 2 ** Math.min(failures - 1, 16));
        this.failingKeys.set(key, { failures, retryAt: Date.now() + delay });
        this.logger.warn(
          `publishing ${keyRows.length} outbox event(s) of key ${key} failed; ` +
            `that key waits, retrying in ${delay} ms: ${describeError(error)}`,
        );
        continue;
      }
      this.failingKeys.delete(key);
      await this.markPublished(manager, keyRows);
      published += keyRows.length;
    }
    return published;
  }

  private async recordFailure(manager: EntityManager, rows: OutboxRow[], error: unknown): Promise<void> {
    await manager.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE position = ANY($1::bigint[])', [
      rows.map((row) => row.position),
      describeError(error),
    ]);
  }

  private async markPublished(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
    await manager.query(
      'UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE position = ANY($1::bigint[])',
      [rows.map((row) => row.position)],
    );
    for (const row of rows) this.published.inc({ type: row.type });
  }

  private async unpublishedOfKeys(manager: EntityManager, claimed: OutboxRow[]): Promise<{ position: string; key: string }[]> {
    const newest = claimed.reduce((max, row) => (BigInt(row.position) > max ? BigInt(row.position) : max), 0n);
    return (await manager.query(
      `SELECT position::text AS position, key FROM outbox
       WHERE published_at IS NULL AND key = ANY($1::varchar[]) AND position <= $2::bigint`,
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
