/**
 * The topics a group reads follow from its `@HandlesEvent` handlers (see subscriptionFor): the topics of
 * the handled events; other catalogue events on those topics are ignored on purpose.
 */
export interface ConsumerOptions {
  /** Consumer group; also names the dead-letter topic and the inbox rows. */
  group: string;
  /** Partitions processed in parallel (order is kept within each partition). */
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Interval of the consumer lag gauge refresh. */
  lagIntervalMs?: number;
  /** Wait before a new consumer replaces one that crashed and that kafkajs will not restart (default 5 s). */
  restartDelayMs?: number;
}

/** Bounded retries of handler failures; an unavailable database or broker is retried until it is back instead. */
export interface RetryOptions {
  /** Total attempts including the first one. */
  attempts?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface RelayOptions {
  /** Tests start a service without a relay to show that a later relay publishes what was left. */
  enabled?: boolean;
  /** Safety-net poll; LISTEN/NOTIFY normally wakes the relay right after commit. */
  pollIntervalMs?: number;
  batchSize?: number;
}

export interface MessagingOptions {
  service: string;
  brokers: string[];
  topicPrefix: string;
  consumer?: ConsumerOptions;
  retry?: RetryOptions;
  relay?: RelayOptions;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/** Channel the outbox writer notifies and the relay listens on. */
export const OUTBOX_CHANNEL = 'samenleven_outbox';
