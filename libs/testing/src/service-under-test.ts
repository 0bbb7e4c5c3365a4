import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { EventEnvelope } from '#contracts';
import { loadServiceConfig, startService, type ServiceConfig, type ServiceManifest } from '#platform';
import { createTestDatabase } from './test-database.js';
import { createTestIssuer, type TestIssuer } from './test-issuer.js';
import { createTestPublisher } from './test-publisher.js';
import { tapTopic } from './topic-tap.js';
import { countDeadLetters, createTestTopics, testBrokers } from './test-topics.js';
import { request, type JsonResponse } from './http.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

export interface ServiceUnderTestOptions {
  /** The service's manifest: its module, and whether (as which group) it consumes. */
  manifest: ServiceManifest;
  /** Names the test database, topic prefix and Kafka clients. */
  label: string;
  /** Extra configuration variables, e.g. the SMTP_URL of a mail sink; passed on to testServiceConfig, so they override its defaults. */
  environment?: Record<string, string>;
  /** Reach the database through a TCP proxy the test can pause, to take PostgreSQL away from this service only. */
  databaseProxy?: boolean;
}

export interface ServiceUnderTest {
  url: string;
  app: INestApplication;
  issuer: TestIssuer;
  databaseUrl: string;
  /** The proxy between the service and its database, when databaseProxy was asked for. */
  databaseProxy?: TcpProxy;
  prefix: string;
  brokers: string[];
  /** Publishes envelopes as the producing services' relays would (see createTestPublisher). */
  publish(...envelopes: EventEnvelope<object>[]): Promise<void>;
  /** Collects, from the beginning, every envelope announced on prefix + topic; the array fills as they arrive. */
  tap<P>(topic: string): Promise<EventEnvelope<P>[]>;
  /** How many messages the consumer group's dead-letter topic holds. */
  deadLetterCount(group: string): Promise<number>;
  /** A GET with an optional bearer token; the body parsed as JSON. */
  get<T = unknown>(path: string, token?: string): Promise<JsonResponse<T>>;
  stop(): Promise<void>;
}

/** The configuration a service gets in tests: its own database, the test brokers and prefix, the test issuer. */
export const testServiceConfig = (
  service: ServiceManifest,
  { databaseUrl, brokers, prefix, issuer }: { databaseUrl: string; brokers: string[]; prefix: string; issuer: TestIssuer },
  env: Record<string, string> = {},
): ServiceConfig =>
  loadServiceConfig(service, {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    OIDC_ISSUER: issuer.issuer,
    OIDC_JWKS_URL: issuer.jwksUrl,
    OIDC_AUDIENCE: issuer.audience,
    // Tests may move the programme clock, as on npm start.
    PLATFORM_MODE: 'development',
    ...env,
  });

/** The URL of a service started on port 0. */
export const serviceUrl = (app: INestApplication): string => `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

/**
 * One service on the real broker and database, with a fresh database, topic prefix and token issuer
 * of its own, a producer standing in for the other services, and taps on the topics it announces on.
 */
export const startServiceUnderTest = async ({
  manifest,
  label,
  environment = {},
  databaseProxy = false,
}: ServiceUnderTestOptions): Promise<ServiceUnderTest> => {
  const brokers = testBrokers();
  // Undone in reverse by stop(), also when starting fails half-way.
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    const database = await createTestDatabase(label);
    cleanups.push(() => database.drop());
    let proxy: TcpProxy | undefined;
    let serviceDatabaseUrl = database.url;
    if (databaseProxy) {
      const target = new URL(database.url);
      const started = await startTcpProxy(target.hostname, Number(target.port || 5432));
      cleanups.push(() => started.stop());
      target.host = `${started.host}:${started.port}`;
      [proxy, serviceDatabaseUrl] = [started, target.toString()];
    }
    const prefix = await createTestTopics(brokers, label, manifest.consumerGroup === undefined ? [] : [manifest.consumerGroup]);
    const issuer = await createTestIssuer();
    cleanups.push(() => issuer.stop());
    const publisher = await createTestPublisher(brokers, prefix, label);
    cleanups.push(() => publisher.stop());
    const config = testServiceConfig(manifest, { databaseUrl: serviceDatabaseUrl, brokers, prefix, issuer }, environment);
    const app = await startService(manifest, config, { port: 0 });
    cleanups.push(() => app.close());
    const url = serviceUrl(app);

    return {
      url,
      app,
      issuer,
      databaseUrl: database.url,
      databaseProxy: proxy,
      prefix,
      brokers,
      publish: publisher.publish,
      tap: async <P>(topic: string): Promise<EventEnvelope<P>[]> => {
        const tap = await tapTopic<P>(brokers, `${prefix}${topic}`, label);
        cleanups.push(() => tap.stop());
        return tap.events;
      },
      deadLetterCount: (group) => countDeadLetters(brokers, prefix, group),
      get: <T>(path: string, token?: string): Promise<JsonResponse<T>> => request<T>('GET', `${url}${path}`, token),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
