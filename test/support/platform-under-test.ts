import type { INestApplication } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { consumerGroups, SERVICES, type ServiceName } from '../../apps/service-registry.js';
import type { EventEnvelope } from '#contracts';
import { ProgrammeClock, startService } from '#platform';
import {
  createTestDatabase,
  createTestTopics,
  serviceUrl,
  startDevIssuer,
  tapTopic,
  testBrokers,
  testServiceConfig,
  type TestDatabase,
  type TestIssuer,
} from '#testing';
import { startMailSink } from '../../scripts/infra/mail-sink.js';

export interface PlatformUnderTest {
  urls: Record<ServiceName, string>;
  /** Each service's own database, for looking behind the API (benchmarks). */
  databaseUrls: Record<ServiceName, string>;
  issuer: TestIssuer;
  /** The issuer's signing key (JSON: alg, privateJwk), for tokens the issuer would not hand out (another audience). */
  issuerKeyFile: string;
  mailDir: string;
  /** Collects every event announced on one of the platform's topics during the test. */
  tap<P>(topic: string): Promise<EventEnvelope<P>[]>;
  /** Sets every service's programme clock to the same programme time (it runs on from there). */
  setProgrammeClock(at: Date): void;
  stop(): Promise<void>;
}

/**
 * Every service of the registry in this process, each with a fresh database of its own, on a real broker with a
 * topic prefix of their own, a real token issuer and a real SMTP sink writing .eml files. `environment` is added to
 * every service's configuration (say, PROGRAMME_CLOCK_START, so the clock stands there from the first moment).
 */
export const startPlatformUnderTest = async (label: string, environment: Record<string, string> = {}): Promise<PlatformUnderTest> => {
  const brokers = testBrokers();
  const topicPrefix = await createTestTopics(brokers, label, consumerGroups());
  const keyDir = await mkdtemp(path.join(tmpdir(), 'samenleven-issuer-'));
  const issuerKeyFile = path.join(keyDir, 'issuer-key.json');
  const issuer = await startDevIssuer({ port: 0, keyFile: issuerKeyFile });
  const mailDir = await mkdtemp(path.join(tmpdir(), 'samenleven-mail-'));
  const mailSink = await startMailSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];
  const taps: { stop(): Promise<void> }[] = [];
  const urls = {} as Record<ServiceName, string>;
  const databaseUrls = {} as Record<ServiceName, string>;
  for (const manifest of SERVICES) {
    const database = await createTestDatabase(`${label}_${manifest.name}`);
    databases.push(database);
    databaseUrls[manifest.name] = database.url;
    const config = testServiceConfig(
      manifest,
      { databaseUrl: database.url, brokers, prefix: topicPrefix, issuer },
      // Reminders and overdue notices within a fifth of a second of the programme clock passing their moment.
      { SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}`, DEADLINE_POLL_MS: '200', ...environment },
    );
    const app = await startService(manifest, config, { port: 0 });
    apps.push(app);
    urls[manifest.name] = serviceUrl(app);
  }
  return {
    urls,
    databaseUrls,
    issuer,
    issuerKeyFile,
    mailDir,
    tap: async <P>(topic: string) => {
      const tap = await tapTopic<P>(brokers, `${topicPrefix}${topic}`, label);
      taps.push(tap);
      return tap.events;
    },
    setProgrammeClock: (at: Date) => {
      for (const app of apps) app.get(ProgrammeClock).set(at);
    },
    stop: async () => {
      for (const tap of taps) await tap.stop();
      for (const app of apps.reverse()) await app.close();
      await mailSink.stop();
      await issuer.stop();
      await rm(keyDir, { recursive: true, force: true });
      for (const database of databases) await database.drop();
    },
  };
};
