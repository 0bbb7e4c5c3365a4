/**
 * Sends generated requests to all five services (in this process, on a broker of its own) and reports every 5xx,
 * every refusal that does not name its problem, and any change to a service database.
 *
 *   npm run fuzz -- [--seed 1] [--requests 2000] [--concurrency 4]
 *
 * Every generated request that would write is invalid or unauthorised, so the databases must not change.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureKafkaJars, freePort, startKafka } from './infra/kafka-broker.js';
import { formatSummary, isClean, runFuzz } from './fuzz/fuzz-harness.js';
import { startPlatformUnderTest } from '../test/support/platform-under-test.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '4' },
  },
});
// The services log warnings only, so the figures are not buried in request logs.
process.env.LOG_LEVEL ??= 'warn';

const main = async (): Promise<boolean> => {
  await ensureKafkaJars();
  const kafkaDir = await mkdtemp(path.join(tmpdir(), 'samenleven-fuzz-kafka-'));
  const kafka = await startKafka({ port: await freePort(), controllerPort: await freePort(), dataDir: kafkaDir });
  process.env.KAFKA_BROKERS = kafka.brokers;
  const platform = await startPlatformUnderTest('fuzz');
  try {
    const summary = await runFuzz(platform, {
      seed: Number(values.seed),
      requests: Number(values.requests),
      concurrency: Number(values.concurrency),
    });
    console.log(formatSummary(summary));
    return isClean(summary);
  } finally {
    await platform.stop();
    await kafka.stop();
    await rm(kafkaDir, { recursive: true, force: true });
  }
};

process.exitCode = (await main()) ? 0 : 1;
