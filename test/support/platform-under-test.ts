import type { INestApplication } from '@nestjs/common';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApplicationsModule } from '../../apps/applications/src/applications.module.js';
import { BudgetingModule } from '../../apps/budgeting/src/budgeting.module.js';
import { MentorshipsModule } from '../../apps/mentorships/src/mentorships.module.js';
import { NotificationsModule } from '../../apps/notifications/src/notifications.module.js';
import { ReportingModule } from '../../apps/reporting/src/reporting.module.js';
import type { EventEnvelope } from '#contracts';
import { startService, type ServiceConfig, type ServiceName } from '#platform';
import { createTestDatabase, createTestIssuer, createTestTopics, serviceUrl, tapTopic, testBrokers, testServiceConfig, type TestDatabase, type TestIssuer } from '#testing';
import { startMailSink } from '../../scripts/infra/mail-sink.js';

export interface PlatformUnderTest {
  urls: Record<ServiceName, string>;
  /** Each service's own database, for looking behind the API (benchmarks). */
  databaseUrls: Record<ServiceName, string>;
  issuer: TestIssuer;
  mailDir: string;
  /** Collects every event announced on one of the platform's topics during the test. */
  tap<P>(topic: string): Promise<EventEnvelope<P>[]>;
  stop(): Promise<void>;
}

const MODULES: Record<ServiceName, { forRoot: (config: ServiceConfig) => object; consumes: boolean }> = {
  applications: { forRoot: (config) => ApplicationsModule.forRoot(config), consumes: false },
  budgeting: { forRoot: (config) => BudgetingModule.forRoot(config), consumes: true },
  reporting: { forRoot: (config) => ReportingModule.forRoot(config), consumes: true },
  mentorships: { forRoot: (config) => MentorshipsModule.forRoot(config), consumes: true },
  notifications: { forRoot: (config) => NotificationsModule.forRoot(config), consumes: true },
};

/**
 * All five services in this process, each with a fresh database of its own, on a real broker with a
 * topic prefix of their own, a real token issuer and a real SMTP sink writing .eml files.
 */
export const startPlatformUnderTest = async (label: string): Promise<PlatformUnderTest> => {
  const brokers = testBrokers();
  const topicPrefix = await createTestTopics(brokers, label);
  const issuer = await createTestIssuer();
  const mailDir = await mkdtemp(path.join(tmpdir(), 'samenleven-mail-'));
  const mailSink = await startMailSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];
  const taps: { stop(): Promise<void> }[] = [];
  const urls = {} as Record<ServiceName, string>;
  const databaseUrls = {} as Record<ServiceName, string>;
  for (const service of Object.keys(MODULES) as ServiceName[]) {
    const database = await createTestDatabase(`${label}_${service}`);
    databases.push(database);
    databaseUrls[service] = database.url;
    const config = testServiceConfig(service, { databaseUrl: database.url, brokers, prefix: topicPrefix, issuer }, { SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}` });
    const app = await startService(MODULES[service].forRoot(config), config, { port: 0, consumes: MODULES[service].consumes });
    apps.push(app);
    urls[service] = serviceUrl(app);
  }
  return {
    urls,
    databaseUrls,
    issuer,
    mailDir,
    tap: async <P>(topic: string) => {
      const tap = await tapTopic<P>(brokers, `${topicPrefix}${topic}`, label);
      taps.push(tap);
      return tap.events;
    },
    stop: async () => {
      for (const tap of taps) await tap.stop();
      for (const app of apps.reverse()) await app.close();
      await mailSink.stop();
      await issuer.stop();
      for (const database of databases) await database.drop();
    },
  };
};
