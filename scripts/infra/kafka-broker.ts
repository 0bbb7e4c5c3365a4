import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { allTopics, TOPIC_PARTITIONS } from '#contracts';
import { localDir, repoRoot } from './local-paths.js';
import { forgetProcess, recordProcess, reapOrphan } from './process-registry.js';

/** Keep in step with scripts/infra/kafka/pom.xml; a different marker makes the next start fetch again. */
export const KAFKA_VERSION = '3.9.1';

/**
 * Fixed KRaft cluster id (base64url of the 16 bytes "samenleven-local"): a reused data directory
 * always matches, so `--ignore-formatted` is safe and no random id has to be remembered.
 */
export const LOCAL_CLUSTER_ID = 'c2FtZW5sZXZlbi1sb2NhbA';

const MARKER_FILE = '.kafka-version';

export const kafkaLibDir = (): string => localDir('kafka', 'lib');

/** The jars are there and were fetched for this version (marker written last, so a half copy never counts). */
export const hasKafkaJars = async (libDir = kafkaLibDir()): Promise<boolean> => {
  try {
    const marker = (await readFile(path.join(libDir, MARKER_FILE), 'utf8')).trim();
    const jars = (await readdir(libDir)).filter((file) => file.endsWith('.jar'));
    return marker === KAFKA_VERSION && jars.some((jar) => jar.startsWith(`kafka_2.13-${KAFKA_VERSION}`));
  } catch {
    return false;
  }
};

const run = (command: string, args: string[], cwd: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`'${command}' was not found: Java 17 and Maven 3.8+ are needed to fetch and run the local Kafka broker`)
          : error,
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });

/**
 * Fetches Apache Kafka's jars from Maven Central into .local/kafka/lib, once. Maven's own cache
 * (~/.m2) makes a re-fetch cheap; the marker makes a second start skip Maven entirely.
 */
export const ensureKafkaJars = async (libDir = kafkaLibDir()): Promise<string> => {
  if (await hasKafkaJars(libDir)) return libDir;
  // Copy into a private folder and rename it into place, so an interrupted fetch or a second
  // concurrent start never sees a half-filled lib folder.
  const staging = `${libDir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const pom = path.join(repoRoot(), 'scripts', 'infra', 'kafka', 'pom.xml');
    console.log(`fetching Apache Kafka ${KAFKA_VERSION} jars with Maven (once; cached in ${libDir})...`);
    await run('mvn', ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`], repoRoot());
    await writeFile(path.join(staging, MARKER_FILE), `${KAFKA_VERSION}\n`);
    await rm(libDir, { recursive: true, force: true });
    try {
      await rename(staging, libDir);
    } catch (error) {
      // Another start won the race with the same jars; use theirs.
      if (!(await hasKafkaJars(libDir))) throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return libDir;
};

export interface ServerPropertiesOptions {
  port: number;
  controllerPort: number;
  dataDir: string;
  host: string;
}

/** A single-node KRaft broker+controller, tuned for a laptop and tests rather than durability. */
export const renderServerProperties = ({ port, controllerPort, dataDir, host }: ServerPropertiesOptions): string =>
  [
    '# Written by scripts/infra/kafka-broker.ts on every start.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@${host}:${controllerPort}`,
    `listeners=PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://${host}:${port}`,
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${path.join(dataDir, 'kraft-logs')}`,
    // Topics are part of the contract (libs/contracts): a typo must fail, not create a topic.
    'auto.create.topics.enable=false',
    `num.partitions=${TOPIC_PARTITIONS}`,
    'default.replication.factor=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=6',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=6',
    'min.insync.replicas=1',
    // Consumers in tests join alone; waiting 3 s for more members only slows every test down.
    'group.initial.rebalance.delay.ms=0',
    'log.retention.hours=168',
    'log.segment.bytes=16777216',
    'num.network.threads=2',
    'num.io.threads=4',
    '',
  ].join('\n');

/** Everything to a file in the data dir; the console of `npm start` stays readable. */
export const renderLog4jProperties = (logFile: string): string =>
  [
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.RollingFileAppender',
    `log4j.appender.file.File=${logFile}`,
    'log4j.appender.file.MaxFileSize=20MB',
    'log4j.appender.file.MaxBackupIndex=2',
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.state.change.logger=WARN',
    'log4j.logger.kafka.controller=INFO',
    'log4j.logger.org.apache.kafka.controller=INFO',
    '',
  ].join('\n');

export interface StartKafkaOptions {
  port: number;
  controllerPort: number;
  dataDir: string;
  host?: string;
  /** Readiness deadline. */
  timeoutMs?: number;
  /**
   * Own process group: a Ctrl-C in the terminal then reaches only the Node parent, which stops the
   * services before the broker. Without it, the broker dies together with its parent's group.
   */
  detached?: boolean;
}

export interface KafkaBroker {
  /** Bootstrap servers, comma-separated, as KAFKA_BROKERS expects. */
  brokers: string;
  pid: number;
  logFile: string;
  /** Settles when the broker process has exited, stopped or not. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The end of its log, for the report when it keeps crashing. */
  recentLines(): Promise<string[]>;
  stop(): Promise<void>;
}

const tail = async (file: string, lines = 40): Promise<string> => {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
};

export const isPortFree = (port: number, host: string): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });

/** A free TCP port on host, chosen by the kernel. */
export const freePort = (host = '127.0.0.1'): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const splitBrokers = (brokers: string | string[]): string[] =>
  (Array.isArray(brokers) ? brokers : brokers.split(',')).map((broker) => broker.trim()).filter((broker) => broker !== '');

const quietKafka = (brokers: string | string[], clientId: string, timeoutMs: number): Kafka =>
  new Kafka({
    clientId,
    brokers: splitBrokers(brokers),
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 3_000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });

/** True when a broker answers a metadata request within the timeout ("use KAFKA_BROKERS when reachable"). */
export const isKafkaReachable = async (brokers: string | string[], timeoutMs = 3_000): Promise<boolean> => {
  if (splitBrokers(brokers).length === 0) return false;
  const admin = quietKafka(brokers, 'samenleven-probe', timeoutMs).admin();
  try {
    const probe = (async () => {
      await admin.connect();
      const cluster = await admin.describeCluster();
      return cluster.brokers.length > 0 && cluster.controller !== null;
    })();
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    return await Promise.race([probe.catch(() => false), timeout]);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
};

/**
 * Creates every topic of the platform (libs/contracts, and a dead-letter topic per consumer group) with
 * the agreed partition count. Safe to call on every start: existing topics are left as they are.
 */
export const createPlatformTopics = async (
  brokers: string | string[],
  consumerGroups: readonly string[],
  prefix = '',
): Promise<string[]> => {
  const admin = new Kafka({ clientId: 'samenleven-topics', brokers: splitBrokers(brokers), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = allTopics(consumerGroups).map((topic) => `${prefix}${topic}`);
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS, replicationFactor: 1 })),
      });
    }
    return wanted;
  } finally {
    await admin.disconnect();
  }
};

/**
 * The group and transaction coordinators create and load their internal topics on first use; until
 * then clients get "coordinator is loading" errors and back off. Touching both once here means the
 * services and tests that start next meet a broker that is fully ready.
 */
const warmUpCoordinators = async (brokers: string): Promise<void> => {
  const kafka = new Kafka({ clientId: 'samenleven-warm-up', brokers: splitBrokers(brokers), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  try {
    await admin.connect();
    await admin.describeGroups(['samenleven-warm-up']);
    // An idempotent producer asks the transaction coordinator for a producer id when it connects.
    await producer.connect();
  } finally {
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
};

const waitForExit = (child: ChildProcess, timeoutMs: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

const pidFileFor = (port: number): string => localDir('run', `kafka-${port}.pid.json`);

/** Stops a broker an earlier, hard-killed run left on this port (before deciding whether one already runs). */
export const reapOrphanBroker = (port: number): ReturnType<typeof reapOrphan> => reapOrphan(pidFileFor(port));

/**
 * Starts a single-node KRaft broker from the jars in .local/kafka/lib (see ensureKafkaJars) and
 * resolves once a client can describe the cluster. Rejects with the tail of the broker log when the
 * broker dies or is not ready in time.
 */
export const startKafka = async (options: StartKafkaOptions): Promise<KafkaBroker> => {
  const { port, controllerPort, dataDir, host = '127.0.0.1', timeoutMs = 60_000, detached = false } = options;
  const libDir = kafkaLibDir();
  if (!(await hasKafkaJars(libDir))) throw new Error(`Kafka jars missing in ${libDir}: call ensureKafkaJars() first`);

  // A broker left behind by a run that was killed hard holds the port and the data-dir lock.
  const pidFile = pidFileFor(port);
  if ((await reapOrphan(pidFile)) === 'owned-by-live-run') {
    throw new Error(`port ${port} is used by a Kafka broker of another run that is still going (see ${pidFile})`);
  }
  for (const candidate of [port, controllerPort]) {
    if (!(await isPortFree(candidate, host))) throw new Error(`cannot start Kafka: ${host}:${candidate} is already in use`);
  }

  await mkdir(dataDir, { recursive: true });
  const propertiesFile = path.join(dataDir, 'server.properties');
  const log4jFile = path.join(dataDir, 'log4j.properties');
  const logFile = path.join(dataDir, 'broker.log');
  const consoleFile = path.join(dataDir, 'broker.out');
  await writeFile(propertiesFile, renderServerProperties({ port, controllerPort, dataDir, host }));
  await writeFile(log4jFile, renderLog4jProperties(logFile));

  const classpath = `${libDir}${path.sep}*`;
  const jvm = ['-Djava.awt.headless=true', `-Dlog4j.configuration=file:${log4jFile}`, '-cp', classpath];
  await run(
    'java',
    [...jvm, 'kafka.tools.StorageTool', 'format', '-t', LOCAL_CLUSTER_ID, '-c', propertiesFile, '--ignore-formatted'],
    dataDir,
  );

  const consoleOut = await open(consoleFile, 'a');
  const child = spawn('java', ['-Xms256m', '-Xmx768m', ...jvm, 'kafka.Kafka', propertiesFile], {
    cwd: dataDir,
    detached,
    stdio: ['ignore', consoleOut.fd, consoleOut.fd],
  });
  await consoleOut.close();
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn java');
  await recordProcess(pidFile, { pid, ownerPid: process.pid, marker: propertiesFile });

  // Last line of defence when the parent exits without calling stop() (an uncaught error).
  const killOnExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      process.removeListener('exit', killOnExit);
      resolve({ code, signal });
    }),
  );

  const logTail = async (): Promise<string> =>
    `--- ${logFile} ---\n${await tail(logFile)}\n--- ${consoleFile} ---\n${await tail(consoleFile, 20)}`;
  const brokers = `${host}:${port}`;

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 20_000))) {
          child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
      }
      await forgetProcess(pidFile);
    })());

  let exitedEarly: ((error: Error) => void) | null = null;
  const earlyExit = new Promise<never>((_, reject) => (exitedEarly = reject));
  // Marked handled: it only matters while we are still waiting for readiness.
  earlyExit.catch(() => undefined);
  child.once('exit', (code, signal) => {
    void logTail().then((text) => exitedEarly?.(new Error(`Kafka broker exited during start (code ${code}, signal ${signal}):\n${text}`)));
  });

  const ready = (async () => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (await isKafkaReachable(brokers, 2_000)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`Kafka broker on ${brokers} not ready after ${timeoutMs / 1000} s:\n${await logTail()}`);
  })();

  try {
    await Promise.race([ready, earlyExit]);
    if (child.exitCode !== null || child.signalCode !== null) await earlyExit;
    await Promise.race([warmUpCoordinators(brokers), earlyExit]);
  } catch (error) {
    await stop();
    throw error;
  }
  exitedEarly = null;
  const recentLines = async (): Promise<string[]> => (await logTail()).split('\n');
  return { brokers, pid, logFile, exited, recentLines, stop };
};
