import { Controller, Injectable, type INestApplication } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { DataSource } from 'typeorm';
import { governmentRegisteredV1, notificationSentV1, type EventEnvelope, type GovernmentRegisteredV1 } from '#contracts';
import { currentContext, Metrics, ObservabilityModule } from '#observability';
import { PersistenceModule, UnitOfWork } from '#persistence';
import {
  CreateMessagingTables1763800000000,
  EventContext,
  HandlesEvent,
  KafkaEventTransport,
  MESSAGING_ENTITIES,
  MessagingModule,
  OutboxRelay,
  OutboxWriter,
  PermanentEventError,
  type ConsumerOptions,
} from '../src/index.js';

export const TEST_GROUP = 'notifications';

/** What the test handler should do, per government code: fail a number of times first, or refuse for good. */
@Injectable()
export class HandlerBehaviour {
  readonly transientFailures = new Map<string, number>();
  readonly permanent = new Set<string>();
  readonly attempts = new Map<string, number>();
  /** When each attempt started (performance.now()), per government code. */
  readonly attemptTimes = new Map<string, number[]>();
}

/**
 * Handles government-registered, so the group reads the applications topic and ignores the other event
 * there (targets-committed); reporting events are not read at all.
 */
@Controller()
export class TestConsumer {
  constructor(
    private readonly behaviour: HandlerBehaviour,
    private readonly outbox: OutboxWriter,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  @HandlesEvent(governmentRegisteredV1)
  async onGovernmentRegistered(@Payload() event: EventEnvelope<GovernmentRegisteredV1>, @Ctx() context: EventContext): Promise<void> {
    const code = event.payload.governmentCode;
    this.behaviour.attempts.set(code, (this.behaviour.attempts.get(code) ?? 0) + 1);
    this.behaviour.attemptTimes.set(code, [...(this.behaviour.attemptTimes.get(code) ?? []), performance.now()]);
    if (this.behaviour.permanent.has(code)) throw new PermanentEventError(`government ${code} is refused by this test`);
    const failures = this.behaviour.transientFailures.get(code) ?? 0;
    if (failures > 0) {
      this.behaviour.transientFailures.set(code, failures - 1);
      throw new Error(`simulated outage for ${code}`);
    }
    const request = currentContext();
    await this.unitOfWork.manager.query(
      `INSERT INTO received (event_id, government_code, name, topic, partition, "offset", correlation_id, causation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        event.eventId,
        code,
        event.payload.name,
        context.topic,
        context.partition,
        context.offset,
        request?.correlationId ?? null,
        request?.causationId ?? null,
      ],
    );
    // An event caused by this one, in the same transaction.
    await this.outbox.append(notificationSentV1, {
      key: code,
      payload: { ...notificationSentV1.example, governmentCode: code, causeEventId: event.eventId },
    });
  }
}

export interface MessagingTestApp {
  app: INestApplication;
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  outbox: OutboxWriter;
  relay: OutboxRelay;
  metrics: Metrics;
  behaviour: HandlerBehaviour;
  /** Starts the consumer, when the app was started with `consume: 'later'`. */
  startConsuming(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  databaseUrl: string;
  topicPrefix: string;
  brokers: string[];
  /** 'later': the consumer is configured but starts only when startConsuming() is called. */
  consume: boolean | 'later';
  relay?: boolean;
  consumer?: Partial<ConsumerOptions>;
}

/** A minimal service: its database (migrated), messaging, observability and the test consumer. */
export const startMessagingTestApp = async (options: TestAppOptions): Promise<MessagingTestApp> => {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ObservabilityModule.forService('messaging-test'),
      TypeOrmModule.forRoot({
        type: 'postgres',
        url: options.databaseUrl,
        entities: MESSAGING_ENTITIES,
        migrations: [CreateMessagingTables1763800000000],
        migrationsRun: true,
        synchronize: false,
      }),
      PersistenceModule,
      MessagingModule.forService({
        service: 'messaging-test',
        brokers: options.brokers,
        topicPrefix: options.topicPrefix,
        consumer: options.consume ? { group: TEST_GROUP, lagIntervalMs: 200, ...options.consumer } : undefined,
        retry: { attempts: 4, initialDelayMs: 20, maxDelayMs: 100 },
        relay: { enabled: options.relay ?? true, pollIntervalMs: 500 },
      }),
    ],
    controllers: [TestConsumer],
    providers: [HandlerBehaviour],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  const dataSource = app.get(DataSource);
  await dataSource.query(`
    CREATE TABLE IF NOT EXISTS received (
      event_id uuid NOT NULL, government_code text NOT NULL, name text NOT NULL, topic text NOT NULL,
      partition integer NOT NULL, "offset" text NOT NULL, correlation_id text, causation_id text)`);
  const startConsuming = async (): Promise<void> => {
    app.connectMicroservice({ strategy: app.get(KafkaEventTransport) });
    await app.startAllMicroservices();
  };
  if (options.consume === true) await startConsuming();
  await app.init();
  return {
    app,
    dataSource,
    unitOfWork: app.get(UnitOfWork),
    outbox: app.get(OutboxWriter),
    relay: app.get(OutboxRelay),
    metrics: app.get(Metrics),
    behaviour: app.get(HandlerBehaviour),
    startConsuming,
    close: () => app.close(),
  };
};

export const produceRaw = async (brokers: string[], topic: string, messages: Message[]): Promise<void> => {
  const producer = new Kafka({ clientId: 'test-producer', brokers, logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
};
