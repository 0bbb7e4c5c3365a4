import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Admin, type Producer } from 'kafkajs';
import { ReadinessRegistry } from '#observability';
import { CachedConnection } from './cached-connection.js';
import { nestLogCreator } from './kafka-log.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options.js';

const READINESS_TIMEOUT_MS = 3_000;

/** Resolves with work, or rejects after `ms` with `message`; the timer never outlives the race. */
export const withTimeout = async <T>(work: () => Promise<T>, ms: number, message: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    // work() runs inside the race, so a slow connect counts against the timeout too.
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * The service's one Kafka client: an idempotent producer (relay and dead letters) and an admin
 * client (readiness, consumer lag), both connected on first use so a service starts even while the
 * broker is still coming up, and disconnected last on shutdown.
 */
@Injectable()
export class KafkaClient implements OnModuleInit, OnApplicationShutdown {
  readonly kafka: Kafka;
  private readonly logger = new Logger(KafkaClient.name);
  private readonly producerConnection: CachedConnection<Producer>;
  private readonly adminConnection: CachedConnection<Admin>;
  private closed = false;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly readiness: ReadinessRegistry,
  ) {
    this.kafka = new Kafka({
      clientId: `samenleven-${options.service}`,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: nestLogCreator,
    });
    const onDisconnectError = (error: unknown): void => this.logger.warn(`disconnect failed: ${String(error)}`);
    this.producerConnection = new CachedConnection(
      () =>
        // Idempotent with one request in flight: no duplicates from producer retries and no reordering per partition.
        // Its retries are bounded by kafkajs' maxRetryTime (30 s), after which the relay tries again on its next wake-up.
        this.kafka.producer({
          idempotent: true,
          maxInFlightRequests: 1,
          allowAutoTopicCreation: false,
          createPartitioner: Partitioners.DefaultPartitioner,
        }),
      onDisconnectError,
    );
    this.adminConnection = new CachedConnection(() => this.kafka.admin(), onDisconnectError);
  }

  onModuleInit(): void {
    this.readiness.register('kafka', () =>
      withTimeout(
        async () => {
          const admin = await this.admin();
          await admin.describeCluster();
        },
        READINESS_TIMEOUT_MS,
        `no answer from ${this.options.brokers.join(',')} within ${READINESS_TIMEOUT_MS} ms`,
      ),
    );
  }

  producer(): Promise<Producer> {
    if (this.closed) return Promise.reject(new Error('Kafka client is closed'));
    return this.producerConnection.get();
  }

  /**
   * Sends through the shared producer; when a send fails for good, the producer is disconnected and
   * the next send creates a fresh one (an idempotent producer can be left unusable, kafkajs #598).
   */
  withProducer<T>(send: (producer: Producer) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('Kafka client is closed'));
    return this.producerConnection.use(send);
  }

  admin(): Promise<Admin> {
    if (this.closed) return Promise.reject(new Error('Kafka client is closed'));
    return this.adminConnection.get();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([this.producerConnection.close(), this.adminConnection.close()]);
  }
}
