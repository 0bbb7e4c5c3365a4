import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { consumerGroups, SERVICES, type ServiceName } from '../../apps/service-registry.js';
import { startDevIssuer, withClient, type DevIssuer } from '#testing';
import { createPlatformTopics, ensureKafkaJars, freePort, startKafka, type KafkaBroker } from '../../scripts/infra/kafka-broker.js';
import { repoRoot } from '../../scripts/infra/local-paths.js';
import { databaseUrl, ensurePostgres, type PostgresHandle } from '../../scripts/infra/postgres.js';
import { spawnService, waitForHttpOk, type ServiceProcess } from '../../scripts/infra/service-process.js';
import { cpuTicksFromStat, rssBytesFromStatus, topicLag, type ProcessSample } from './bench-figures.js';

/**
 * The platform as production runs it, for the benchmarks: a broker of its own, the local PostgreSQL (as npm start
 * finds it) with databases of the benchmark's own, the mail sink as a process, the development issuer, and every
 * service as a process of its own from dist/ (as scripts/start.ts starts them), several instances of a service in
 * one consumer group when asked. Nothing is restarted when it dies: a benchmark reports that instead.
 */

export const PROGRAMME_START = '2022-06-15T09:00:00Z';
const HOST = '127.0.0.1';

export interface RunningService {
  name: ServiceName;
  instance: number;
  url: string;
  process: ServiceProcess;
}

export interface BenchPlatform {
  runDir: string;
  brokers: string;
  kafka: KafkaBroker;
  adminUrl: string;
  databaseUrls: Record<ServiceName, string>;
  issuer: DevIssuer;
  mailDir: string;
  mailSink: ServiceProcess;
  services: RunningService[];
  url(name: ServiceName): string;
  /** Starts `count` instances of a service (HTTP on free ports), optionally on another database URL; waits until ready. */
  startService(name: ServiceName, count: number, databaseUrlOverride?: string): Promise<RunningService[]>;
  stopService(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

/** The databases get names of their own, dropped before and after, so a run never meets an earlier run's rows. */
export const benchDatabaseName = (service: ServiceName, label: string): string => `samenleven_bench_${label}_${service}`;

const recreateDatabase = async (adminUrl: string, name: string): Promise<string> => {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
  return databaseUrl(adminUrl, name);
};

export const dropDatabase = (adminUrl: string, name: string): Promise<void> =>
  withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });

export const startBenchPlatform = async ({
  label,
  runDir,
  instances = {},
  only,
  env: extraEnv = {},
  say,
}: {
  label: string;
  runDir: string;
  instances?: Partial<Record<ServiceName, number>>;
  /** The services to start (all by default); the others' databases are still made, empty. */
  only?: ServiceName[];
  env?: NodeJS.ProcessEnv;
  say: (line: string) => void;
}): Promise<BenchPlatform> => {
  await mkdir(runDir, { recursive: true });
  const logs = new Map<string, WriteStream>();
  const logFor = (name: string): WriteStream => {
    let stream = logs.get(name);
    if (!stream) logs.set(name, (stream = createWriteStream(path.join(runDir, `${name}.log`), { flags: 'a' })));
    return stream;
  };
  const cleanups: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | null = null;
  // Once, whether a signal or the end of the run asks first.
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => say(`clean-up failed: ${String(error)}`));
      for (const stream of logs.values()) stream.end();
    })());
  try {
    await ensureKafkaJars();
    const [port, controllerPort] = [await freePort(), await freePort()];
    const kafka = await startKafka({ port, controllerPort, dataDir: path.join(runDir, 'kafka-data'), host: HOST });
    cleanups.push(() => kafka.stop());
    await createPlatformTopics(kafka.brokers, consumerGroups());
    say(`Kafka on ${kafka.brokers} (pid ${kafka.pid})`);

    const postgres: PostgresHandle = await ensurePostgres({ log: say });
    cleanups.push(() => postgres.stop());
    const databaseUrls = {} as Record<ServiceName, string>;
    for (const { name } of SERVICES) {
      databaseUrls[name] = await recreateDatabase(postgres.adminUrl, benchDatabaseName(name, label));
      cleanups.push(() => dropDatabase(postgres.adminUrl, benchDatabaseName(name, label)));
    }
    say(
      `PostgreSQL at ${new URL(postgres.adminUrl).host}: ` +
        `databases ${benchDatabaseName('reporting', label).replace('reporting', '<service>')}`,
    );

    const mailDir = path.join(runDir, 'mail');
    const [smtpPort, mailWebPort] = [await freePort(), await freePort()];
    const mailSink = await spawnService({
      name: 'mail-sink',
      command: process.execPath,
      args: [path.join(repoRoot(), 'dist', 'scripts', 'mail-sink.js')],
      env: {
        ...process.env,
        MAIL_SINK_SMTP_PORT: String(smtpPort),
        MAIL_SINK_HTTP_PORT: String(mailWebPort),
        MAIL_SINK_DIR: mailDir,
        MAIL_SINK_HOST: HOST,
      },
      cwd: repoRoot(),
      pidFile: path.join(runDir, 'mail-sink.pid.json'),
      prefix: '',
      print: (line) => void logFor('mail-sink').write(`${line}\n`),
      summarise: false,
    });
    cleanups.push(() => mailSink.stop());
    await waitForHttpOk(`http://${HOST}:${mailWebPort}/health`, mailSink.exited, 30_000);

    const issuer = await startDevIssuer({ port: 0, host: HOST, keyFile: path.join(runDir, 'issuer-key.json') });
    cleanups.push(() => issuer.stop());

    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      KAFKA_BROKERS: kafka.brokers,
      KAFKA_TOPIC_PREFIX: '',
      OIDC_ISSUER: issuer.issuer,
      OIDC_JWKS_URL: issuer.jwksUrl,
      OIDC_AUDIENCE: issuer.audience,
      SMTP_URL: `smtp://${HOST}:${smtpPort}`,
      PROGRAMME_CLOCK_START: PROGRAMME_START,
      PROGRAMME_CLOCK_ANCHOR: new Date().toISOString(),
      PLATFORM_MODE: 'development',
      // The figures are the point; request logs would cost CPU the services are measured on.
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...extraEnv,
    };
    const services: RunningService[] = [];
    const startService = async (name: ServiceName, count: number, databaseUrlOverride?: string): Promise<RunningService[]> => {
      const started: RunningService[] = [];
      for (let instance = 1; instance <= count; instance += 1) {
        const httpPort = await freePort();
        const id = `${name}-${instance}`;
        const child = await spawnService({
          name: id,
          command: process.execPath,
          args: ['--disable-warning=TimeoutNegativeWarning', path.join(repoRoot(), 'dist', 'apps', name, 'src', 'main.js')],
          env: { ...baseEnv, DATABASE_URL: databaseUrlOverride ?? databaseUrls[name], HTTP_PORT: String(httpPort) },
          cwd: repoRoot(),
          pidFile: path.join(runDir, `${id}.pid.json`),
          prefix: '',
          print: (line) => void logFor(id).write(`${line}\n`),
          summarise: false,
        });
        started.push({ name, instance, url: `http://${HOST}:${httpPort}`, process: child });
      }
      await Promise.all(
        started.map(({ url, process: child, name: service, instance }) =>
          waitForHttpOk(`${url}/health/ready`, child.exited, 180_000).catch((error: unknown) => {
            throw new Error(
              `${service}-${instance} did not get ready (log ${path.join(runDir, `${service}-${instance}.log`)}): ${String(error)}`,
            );
          }),
        ),
      );
      services.push(...started);
      return started;
    };
    const stopService = async (name: ServiceName): Promise<void> => {
      const going = services.filter((service) => service.name === name);
      await Promise.all(going.map((service) => service.process.stop()));
      for (const service of going) services.splice(services.indexOf(service), 1);
    };
    cleanups.push(async () => {
      await Promise.all(services.map((service) => service.process.stop()));
    });
    await Promise.all(
      SERVICES.filter(({ name }) => only === undefined || only.includes(name)).map(({ name }) => startService(name, instances[name] ?? 1)),
    );
    say(`services ready: ${services.map((service) => `${service.name}-${service.instance} ${service.url}`).join(', ')}`);
    return {
      runDir,
      brokers: kafka.brokers,
      kafka,
      adminUrl: postgres.adminUrl,
      databaseUrls,
      issuer,
      mailDir,
      mailSink,
      services,
      url: (name) => {
        const found = services.find((service) => service.name === name);
        if (!found) throw new Error(`${name} is not running`);
        return found.url;
      },
      startService,
      stopService,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};

/** utime + stime and RSS of a process now; undefined once it is gone. */
export const sampleProcess = async (pid: number): Promise<ProcessSample | undefined> => {
  try {
    const [statText, statusText] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/status`, 'utf8')]);
    return { cpuTicks: cpuTicksFromStat(statText), rssBytes: rssBytesFromStatus(statusText) };
  } catch {
    return undefined;
  }
};

/** Every consumer group's lag over the topics it has committed on (kafkajs admin: fetchOffsets against topic offsets). */
export const createLagReader = (brokers: string) => {
  const admin = new Kafka({ clientId: 'bench-lag', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  const connected = admin.connect();
  const groups = consumerGroups();
  return {
    read: async (): Promise<Record<string, number>> => {
      await connected;
      const ends = new Map<string, Awaited<ReturnType<typeof admin.fetchTopicOffsets>>>();
      const lags: Record<string, number> = {};
      for (const group of groups) {
        const committed = await admin.fetchOffsets({ groupId: group });
        let lag = 0;
        for (const { topic, partitions } of committed) {
          if (!ends.has(topic)) ends.set(topic, await admin.fetchTopicOffsets(topic));
          lag += topicLag(ends.get(topic)!, partitions);
        }
        lags[group] = lag;
      }
      return lags;
    },
    /** Messages on every topic (the sum of partition ends): how many events the platform produced. */
    totalMessages: async (): Promise<number> => {
      await connected;
      let total = 0;
      for (const topic of await admin.listTopics()) {
        if (topic.startsWith('__')) continue;
        for (const end of await admin.fetchTopicOffsets(topic)) total += Number(end.high) - Number(end.low);
      }
      return total;
    },
    close: () => admin.disconnect(),
  };
};

/** Unpublished outbox rows per service database. */
export const createOutboxReader = (databaseUrls: Record<ServiceName, string>) => {
  const clients = new Map<ServiceName, Promise<pg.Client>>();
  const client = (service: ServiceName): Promise<pg.Client> => {
    let found = clients.get(service);
    if (!found) {
      const created = new pg.Client({ connectionString: databaseUrls[service] });
      created.on('error', () => undefined);
      clients.set(service, (found = created.connect().then(() => created)));
    }
    return found;
  };
  return {
    read: async (): Promise<Record<string, number>> => {
      const backlog: Record<string, number> = {};
      for (const { name } of SERVICES) {
        const { rows } = await (
          await client(name)
        ).query<{ count: string }>('SELECT count(*) AS count FROM outbox WHERE published_at IS NULL');
        backlog[name] = Number(rows[0]!.count);
      }
      return backlog;
    },
    close: async () => {
      for (const found of clients.values()) await (await found).end().catch(() => undefined);
    },
  };
};

export interface SinkMessage {
  file: string;
  to: string;
  messageId: string;
  arrivedAt: number;
}

const header = (head: string, name: string): string => {
  // Folded headers continue on lines that start with white space.
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return match ? match[1]!.replace(/\r?\n[ \t]+/g, ' ').trim() : '';
};

/** The messages the sink stored since the last call (its .eml files; a file's mtime is when it arrived). */
export const createSinkReader = (dir: string) => {
  const seen = new Set<string>();
  return async (): Promise<SinkMessage[]> => {
    const fresh: SinkMessage[] = [];
    for (const file of (await readdir(dir)).sort()) {
      if (seen.has(file) || !file.endsWith('.eml') || file.startsWith('.')) continue;
      seen.add(file);
      const full = path.join(dir, file);
      const [content, info] = await Promise.all([readFile(full, 'utf8'), stat(full)]);
      const head = content.slice(0, Math.max(0, content.search(/\r?\n\r?\n/)));
      const to = header(head, 'To');
      const address = /<([^>]+)>/.exec(to)?.[1] ?? to;
      fresh.push({ file, to: address.toLowerCase(), messageId: header(head, 'Message-ID'), arrivedAt: info.mtimeMs });
    }
    return fresh;
  };
};
