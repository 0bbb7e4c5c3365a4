import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ensureKafkaJars,
  freePort,
  hasKafkaJars,
  isKafkaReachable,
  isPortFree,
  KAFKA_VERSION,
  reapOrphanBroker,
  startKafka,
} from '../scripts/infra/kafka-broker.js';
import { ensurePostgres } from '../scripts/infra/postgres.js';
import { stopTestInfrastructure, testInfrastructure } from '../scripts/infra/test-infrastructure.js';
import { dropStaleTestDatabases } from '#testing';

const TEST_KAFKA_PORT = 19092;
const TEST_CONTROLLER_PORT = 19093;
/** No test run lasts this long, so a test database this old belongs to a run that was killed. */
const STALE_TEST_DATABASE_MS = 6 * 60 * 60 * 1000;

/** 19092/19093 as documented; other ports when another test run (or anything else) holds them. */
const brokerPorts = async (): Promise<{ port: number; controllerPort: number }> => {
  // A broker of an earlier run that was killed hard would otherwise keep 19092 for good.
  await reapOrphanBroker(TEST_KAFKA_PORT);
  if ((await isPortFree(TEST_KAFKA_PORT, '127.0.0.1')) && (await isPortFree(TEST_CONTROLLER_PORT, '127.0.0.1'))) {
    return { port: TEST_KAFKA_PORT, controllerPort: TEST_CONTROLLER_PORT };
  }
  return { port: await freePort(), controllerPort: await freePort() };
};

const startBroker = async (): Promise<void> => {
  const configured = process.env.KAFKA_BROKERS;
  if (configured && (await isKafkaReachable(configured))) {
    console.log(`\nintegration: using the Kafka broker at KAFKA_BROKERS=${configured}`);
    return;
  }
  if (configured) console.log(`\nintegration: KAFKA_BROKERS=${configured} does not answer; starting a broker of our own`);
  const fetching = Date.now();
  const fetched = !(await hasKafkaJars());
  await ensureKafkaJars();
  if (fetched)
    console.log(
      `\nintegration: fetched the Kafka ${KAFKA_VERSION} jars with Maven in ${((Date.now() - fetching) / 1000).toFixed(1)} s ` +
        '(cached from now on)',
    );
  const infra = testInfrastructure();
  infra.kafkaDataDir = await mkdtemp(path.join(tmpdir(), 'samenleven-test-kafka-'));
  const started = Date.now();
  const { port, controllerPort } = await brokerPorts();
  try {
    infra.kafka = await startKafka({ port, controllerPort, dataDir: infra.kafkaDataDir });
  } catch (error) {
    // Another run may have taken the ports between the check and the bind: once more on ports nobody holds.
    console.log(
      `\nintegration: the broker did not start on ${port}/${controllerPort} ` +
        `(${error instanceof Error ? error.message.split('\n')[0] : String(error)}); trying free ports`,
    );
    infra.kafkaDataDir = await mkdtemp(path.join(tmpdir(), 'samenleven-test-kafka-'));
    infra.kafka = await startKafka({ port: await freePort(), controllerPort: await freePort(), dataDir: infra.kafkaDataDir });
  }
  // Test files run in this process (--runInBand) or in workers forked after this point: both see it.
  process.env.KAFKA_BROKERS = infra.kafka.brokers;
  console.log(
    `\nintegration: Kafka ${KAFKA_VERSION} broker on ${infra.kafka.brokers} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
};

/** Jest globalSetup of the integration project: one real broker and a real PostgreSQL for the whole run. */
export default async function globalSetup(): Promise<void> {
  // The services under test log warnings and errors only, unless asked otherwise.
  process.env.LOG_LEVEL ??= 'warn';
  try {
    await startBroker();
    const postgres = await ensurePostgres();
    testInfrastructure().postgres = postgres;
    process.env.DATABASE_ADMIN_URL = postgres.adminUrl;
    const dropped = await dropStaleTestDatabases(STALE_TEST_DATABASE_MS);
    if (dropped.length > 0) console.log(`integration: dropped ${dropped.length} test database(s) left by killed runs`);
  } catch (error) {
    // Jest skips globalTeardown when globalSetup throws: do not leave a broker behind.
    await stopTestInfrastructure().catch(() => undefined);
    throw error;
  }
}
