import type { INestApplication } from '@nestjs/common';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { consumerGroups, SERVICES, type ServiceName } from '../../apps/service-registry.js';
import { loadServiceConfig, startService } from '#platform';
import { serviceUrl, startDevIssuer, withClient } from '#testing';
import { createPlatformTopics, ensureKafkaJars, freePort, isKafkaReachable, startKafka } from '../infra/kafka-broker.js';
import { localDir } from '../infra/local-paths.js';
import { startMailSink } from '../infra/mail-sink.js';
import { databaseUrl, ensurePostgres } from '../infra/postgres.js';

/**
 * The replay's own platform, so it works on a fresh clone and next to a running `npm start` without mixing with its
 * data: databases samenleven_replay_<service> (made afresh, dropped at the end), a topic prefix of its own on the
 * broker that runs (KAFKA_BROKERS, else 127.0.0.1:9092) or on a broker it starts itself when none answers, its own
 * token issuer and SMTP sink (mail in .local/replay/mail), and the five services in this process on free ports, with
 * the programme clock at `clockStart`.
 */
export interface ReplayEnvironment {
  urls: Record<ServiceName, string>;
  metricsUrls: string[];
  token(request: { role: 'abb' } | { role: 'government'; org: string }): Promise<string>;
  describe: string[];
  stop(): Promise<void>;
}

export const replayDatabaseName = (service: ServiceName): string => `samenleven_replay_${service}`;

export const startReplayEnvironment = async ({
  clockStart,
  say,
}: {
  clockStart: string;
  say: (line: string) => void;
}): Promise<ReplayEnvironment> => {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => say(`clean-up: ${String(error)}`));
  };
  const describe: string[] = [];
  // The services' logger reads it from the process (request logs would drown the progress bar).
  process.env.LOG_LEVEL ??= 'error';
  try {
    const postgres = await ensurePostgres({ log: say });
    cleanups.push(() => postgres.stop());
    const databaseUrls = {} as Record<ServiceName, string>;
    for (const { name } of SERVICES) {
      const database = replayDatabaseName(name);
      await withClient(postgres.adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      });
      databaseUrls[name] = databaseUrl(postgres.adminUrl, database);
      cleanups.push(() =>
        withClient(postgres.adminUrl, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`),
        ).then(() => undefined),
      );
    }
    describe.push(`PostgreSQL ${new URL(postgres.adminUrl).host}, databases samenleven_replay_<service>`);

    let brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
    let startedBroker = false;
    if (await isKafkaReachable(brokers)) describe.push(`the running broker ${brokers}`);
    else {
      say(`no Kafka broker answers on ${brokers}; starting one for the replay`);
      await ensureKafkaJars();
      const dataDir = localDir('replay', `kafka-${process.pid}`);
      const kafka = await startKafka({ port: await freePort(), controllerPort: await freePort(), dataDir, host: '127.0.0.1' });
      cleanups.push(async () => {
        await kafka.stop();
        await rm(dataDir, { recursive: true, force: true });
      });
      brokers = kafka.brokers;
      startedBroker = true;
      describe.push(`its own broker ${brokers}`);
    }
    const prefix = `replay-${randomBytes(3).toString('hex')}.`;
    const topics = await createPlatformTopics(brokers, consumerGroups(), prefix);
    // On a broker it started itself the topics go with the broker; on a running one they are deleted.
    if (!startedBroker)
      cleanups.push(async () => {
        const admin = new Kafka({ clientId: 'replay-clean-up', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
        await admin.connect();
        try {
          await admin.deleteTopics({ topics });
        } catch (error) {
          say(`the topics under ${prefix} stay on ${brokers}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        } finally {
          await admin.disconnect();
        }
      });
    describe.push(`topic prefix ${prefix}`);

    const issuer = await startDevIssuer({ port: 0, host: '127.0.0.1', platformMode: 'development' });
    cleanups.push(() => issuer.stop());
    const mailDir = localDir('replay', 'mail');
    await rm(mailDir, { recursive: true, force: true });
    await mkdir(mailDir, { recursive: true });
    const mailSink = await startMailSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
    cleanups.push(() => mailSink.stop());
    describe.push(`mail in ${path.relative(process.cwd(), mailDir) || mailDir}`);

    const env = {
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC_PREFIX: prefix,
      OIDC_ISSUER: issuer.issuer,
      OIDC_JWKS_URL: issuer.jwksUrl,
      OIDC_AUDIENCE: issuer.audience,
      PLATFORM_MODE: 'development',
      SMTP_URL: `smtp://127.0.0.1:${mailSink.smtpPort}`,
      PROGRAMME_CLOCK_START: clockStart,
      PROGRAMME_CLOCK_ANCHOR: new Date().toISOString(),
    };
    const apps: INestApplication[] = [];
    cleanups.push(async () => {
      for (const app of apps.reverse()) await app.close();
    });
    const urls = {} as Record<ServiceName, string>;
    for (const manifest of SERVICES) {
      const app = await startService(manifest, loadServiceConfig(manifest, { ...env, DATABASE_URL: databaseUrls[manifest.name] }), {
        port: 0,
      });
      apps.push(app);
      urls[manifest.name] = serviceUrl(app);
    }
    return {
      urls,
      metricsUrls: Object.values(urls).map((url) => `${url}/metrics`),
      token: (request) => issuer.token(request),
      describe,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
