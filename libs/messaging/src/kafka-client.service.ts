import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Admin, type Producer } from 'kafkajs';
import { ReadinessRegistry } from '#observability';
import { nestLogCreator } from './kafka-log.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options.js';

const READINESS_TIMEOUT_MS = 3_000;

/**
 * The service's one Kafka client: an idempotent producer (relay and dead letters) and an admin
 * client (readiness, consumer lag), both connected on first use so a service starts even while the
 * broker is still coming up, and disconnected last on shutdown.
 */
@Injectable()
export class KafkaClient implements OnModuleInit, OnApplicationShutdown {
  readonly kafka: Kafka;
  private readonly logger = new Logger(KafkaClient.name);
  private producerConnection?: Promise<Producer>;
  private adminConnection?: Promise<Admin>;
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
  }

  onModuleInit(): void {
    this.readiness.register('kafka', async () => {
      const admin = await this.admin();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from ${this.options.brokers.join(',')} within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
      });
      try {
        await Promise.race([admin.describeCluster(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    });
  }

  producer(): Promise<Producer> {
    if (this.closed) return Promise.reject(new Error('Kafka client is closed'));
    this.producerConnection ??= this.connect(
      // Idempotent with one request in flight: no duplicates from producer retries and no reordering per partition.
      // Its retries are bounded by kafkajs' maxRetryTime (30 s), after which the relay tries again on its next wake-up.
      this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner }),
      () => (this.producerConnection = undefined),
    );
    return this.producerConnection;
  }

  admin(): Promise<Admin> {
    if (this.closed) return Promise.reject(new Error('Kafka client is closed'));
    this.adminConnection ??= this.connect(this.kafka.admin(), () => (this.adminConnection = undefined));
    return this.adminConnection;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    const connections = [this.producerConnection, this.adminConnection];
    this.producerConnection = undefined;
    this.adminConnection = undefined;
    await Promise.all(
      connections.map(async (connection) => {
        const client = await connection?.catch(() => undefined);
        await client?.disconnect().catch((error: unknown) => this.logger.warn(`disconnect failed: ${String(error)}`));
      }),
    );
  }

  private async connect<C extends Producer | Admin>(client: C, forget: () => void): Promise<C> {
    try {
      await client.connect();
      return client;
    } catch (error) {
      // The next caller tries again instead of inheriting a failed connection forever.
      forget();
      throw error;
    }
  }
}
