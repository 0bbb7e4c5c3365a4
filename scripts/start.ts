import path from 'node:path';
import { parseArgs } from 'node:util';
import { consumerGroups, SERVICES, WEB_APP, type ServiceName } from '../apps/service-registry.js';
import { loadServiceConfig, serviceDatabaseName } from '#platform';
import { startDevIssuer, type DevIssuer } from '#testing';
import {
  createPlatformTopics,
  ensureKafkaJars,
  isKafkaReachable,
  isPortFree,
  KAFKA_VERSION,
  reapOrphanBroker,
  startKafka,
  type KafkaBroker,
} from './infra/kafka-broker.js';
import { DEMO_PROGRAMME_START, runDemoScenario } from './demo/demo-scenario.js';
import { localDir, repoRoot } from './infra/local-paths.js';
import { ensureDatabase, ensurePostgres, type PostgresHandle } from './infra/postgres.js';
import { reapOrphan } from './infra/process-registry.js';
import { supervise, type GaveUp, type Supervisor } from './infra/process-supervisor.js';
import { spawnService, summariseLogLine, waitForHttpOk, type ServiceProcess, type SpawnServiceOptions } from './infra/service-process.js';
import { renderStartSummary } from './infra/start-summary.js';

/**
 * `npm start`: PostgreSQL (local or embedded), a Kafka broker, the mail sink and the development
 * issuer, then every service of the registry as a child process, with demo data. A service, the broker or the
 * mail sink that dies is restarted (scripts/infra/supervision-policy.ts says when); only one that keeps crashing
 * stops everything. Ctrl-C stops it all, services first so they can finish with the broker and the database still there.
 */

const KAFKA_PORT = 9092;
const KAFKA_CONTROLLER_PORT = 9093;
const SMTP_PORT = 2525;
const MAIL_WEB_PORT = 3025;
const ISSUER_PORT = 3100;
const HOST = '127.0.0.1';

const { values: flags } = parseArgs({
  options: {
    'infra-only': { type: 'boolean', default: false },
    'raw-logs': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  process.stdout.write(`usage: npm start [-- --infra-only] [-- --raw-logs]

  --infra-only   start PostgreSQL, Kafka, the mail sink and the issuer, but not the services
                 (to run a service from an IDE against them)
  --raw-logs     print the services' pino JSON lines as they are instead of one-line summaries
`);
  process.exit(0);
}

const colour = process.stdout.isTTY ? (code: number, text: string) => `\x1b[${code}m${text}\x1b[0m` : (_code: number, text: string) => text;
/** ANSI colours the service prefixes take in turn. */
const COLOURS = [36, 33, 35, 32, 34, 31, 96, 93];
const say = (line: string): void => void process.stdout.write(`${colour(1, '[start]')} ${line}\n`);
/** Relative to where npm start runs, unless it lies outside (the embedded server's data under root). */
const relative = (file: string): string => {
  const inside = path.relative(process.cwd(), file);
  return inside.startsWith('..') ? file : inside || '.';
};

interface Running {
  postgres?: PostgresHandle;
  kafka?: Supervisor<KafkaBroker>;
  mail?: Supervisor<ServiceProcess>;
  issuer?: DevIssuer;
  services: Supervisor<ServiceProcess>[];
}
const running: Running = { services: [] };

let shuttingDown: Promise<void> | null = null;
/** Services first (they flush the outbox and leave their consumer groups), then what they use. */
const shutdown = (): Promise<void> =>
  (shuttingDown ??= (async () => {
    const step = async (label: string, work: () => Promise<void>): Promise<void> => {
      try {
        await work();
      } catch (error) {
        say(`could not stop ${label} cleanly: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    if (running.services.length > 0) say('stopping the services...');
    await Promise.all(running.services.map((service) => step(service.name, () => service.stop())));
    if (running.issuer) await step('the issuer', () => running.issuer!.stop());
    if (running.mail) await step('the mail sink', () => running.mail!.stop());
    if (running.kafka) {
      say('stopping Kafka...');
      await step('Kafka', () => running.kafka!.stop());
    }
    if (running.postgres?.embedded) {
      say('stopping the embedded PostgreSQL...');
      await step('PostgreSQL', () => running.postgres!.stop());
    }
  })());

const exitAfterShutdown = (code: number): void => {
  void shutdown().then(() => {
    say(code === 0 ? 'stopped.' : 'stopped after a failure.');
    process.exit(code);
  });
};

let signals = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    signals += 1;
    if (signals > 1) {
      // A second Ctrl-C: the user does not want to wait for a clean stop.
      for (const service of [...running.services, running.mail]) service?.current()?.child.kill('SIGKILL');
      process.exit(130);
    }
    say(`${signal}: stopping everything (Ctrl-C again to force)`);
    exitAfterShutdown(0);
  });
}

/** Settles when any supervised process kept crashing and the platform is being stopped. */
let reportGivenUp!: () => void;
const givenUp = new Promise<void>((resolve) => (reportGivenUp = resolve));

/** A process that keeps crashing takes the whole platform down, with its last lines on the console. */
const stopAfterGivingUp = ({ name, code, signal, crashes, lastLines }: GaveUp): void => {
  if (shuttingDown) return;
  reportGivenUp();
  say(colour(31, `${name} keeps crashing (${crashes} times; last exit code ${code}, signal ${signal}); its last lines:`));
  for (const line of lastLines.slice(-25)) process.stdout.write(`  ${summariseLogLine(line)}\n`);
  exitAfterShutdown(1);
};

const prefixWidth = Math.max('mail-sink'.length, WEB_APP.name.length, ...SERVICES.map(({ name }) => name.length));
const prefixFor = (name: string, index: number): string => `${colour(COLOURS[index % COLOURS.length]!, `[${name.padEnd(prefixWidth)}]`)} `;

/** A child process, restarted when it dies; after a restart, says when `readyUrl` answers again. */
const superviseChild = async (options: SpawnServiceOptions, readyUrl: string): Promise<Supervisor<ServiceProcess>> => {
  const supervisor = await supervise({
    name: options.name,
    say: (line) => say(colour(33, line)),
    start: () => spawnService(options),
    onRestarted: (run) =>
      void waitForHttpOk(readyUrl, Promise.race([run.exited, givenUp]), 180_000).then(
        () => say(colour(32, `${options.name} is ready again`)),
        // It died again (the supervisor says so) or everything is stopping.
        () => undefined,
      ),
  });
  void supervisor.gaveUp.then(stopAfterGivingUp);
  return supervisor;
};

const requireFreePort = async (port: number, what: string): Promise<void> => {
  if (!(await isPortFree(port, HOST)))
    throw new Error(`${HOST}:${port} is in use, so the ${what} cannot start (is another npm start running?)`);
};

const startPostgres = async (): Promise<{ adminUrl: string; databaseUrls: Record<ServiceName, string> }> => {
  const postgres = await ensurePostgres({ log: say });
  running.postgres = postgres;
  const databaseUrls = {} as Record<ServiceName, string>;
  for (const { name } of SERVICES) databaseUrls[name] = await ensureDatabase(postgres.adminUrl, serviceDatabaseName(name));
  say(
    `PostgreSQL at ${new URL(postgres.adminUrl).host}${postgres.embedded ? ' (embedded)' : ''}: ` +
      `databases ${SERVICES.map(({ name }) => serviceDatabaseName(name)).join(', ')}`,
  );
  return { adminUrl: postgres.adminUrl, databaseUrls };
};

/** A broker npm start did not start, it cannot restart; it says when that one stops and starts answering. */
const watchExternalBroker = (brokers: string): void => {
  let answering = true;
  const probe = async (): Promise<void> => {
    const now = await isKafkaReachable(brokers, 5_000);
    if (now !== answering && !shuttingDown)
      say(colour(now ? 32 : 31, now ? `the Kafka broker at ${brokers} answers again` : `the Kafka broker at ${brokers} does not answer`));
    answering = now;
    setTimeout(() => void probe(), 10_000).unref();
  };
  setTimeout(() => void probe(), 10_000).unref();
};

const startBroker = async (): Promise<{ brokers: string; detail: string }> => {
  // A broker an earlier start left behind (its terminal was closed) would otherwise look like "someone's Kafka".
  if ((await reapOrphanBroker(KAFKA_PORT)) === 'reaped') say(`stopped a Kafka broker left behind by an earlier start`);
  const configured = process.env.KAFKA_BROKERS;
  const candidate = configured ?? `${HOST}:${KAFKA_PORT}`;
  if (await isKafkaReachable(candidate)) {
    say(`using the Kafka broker already running at ${candidate}`);
    watchExternalBroker(candidate);
    return { brokers: candidate, detail: 'already running (not started by npm start)' };
  }
  if (configured) say(`KAFKA_BROKERS=${configured} does not answer; starting a local broker instead`);
  await ensureKafkaJars();
  const dataDir = localDir('kafka', 'data');
  const started = Date.now();
  running.kafka = await supervise({
    name: 'Kafka',
    say: (line) => say(colour(33, line)),
    start: () => startKafka({ port: KAFKA_PORT, controllerPort: KAFKA_CONTROLLER_PORT, dataDir, host: HOST, detached: true }),
  });
  void running.kafka.gaveUp.then(stopAfterGivingUp);
  const broker = running.kafka.current()!;
  say(
    `Kafka ${KAFKA_VERSION} ready at ${broker.brokers} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(log ${relative(broker.logFile)})`,
  );
  return { brokers: broker.brokers, detail: `Apache Kafka ${KAFKA_VERSION}, KRaft, data in ${relative(dataDir)}` };
};

const startServices = async (
  env: NodeJS.ProcessEnv,
  databaseUrls: Record<ServiceName, string>,
): Promise<{ name: string; url: string }[]> => {
  const root = repoRoot();
  const ports = SERVICES.map((manifest) => {
    const service = manifest.name;
    const serviceEnv: NodeJS.ProcessEnv = {
      ...env,
      DATABASE_URL: databaseUrls[service],
    };
    // The service reads its configuration the same way, so this is the port it will listen on.
    return { service, serviceEnv, port: loadServiceConfig(manifest, serviceEnv).httpPort };
  });
  for (const { service, port } of ports) await requireFreePort(port, `${service} service`);

  for (const [index, { service, serviceEnv, port }] of ports.entries()) {
    const pidFile = localDir('run', `service-${service}.pid.json`);
    if ((await reapOrphan(pidFile)) === 'reaped') say(`stopped a ${service} service left behind by an earlier start`);
    running.services.push(
      await superviseChild(
        {
          name: service,
          command: process.execPath,
          // kafkajs 2.2.4 sets a negative timeout once per process on Node 24 (tulios/kafkajs#1751): harmless, and silenced.
          args: [
            '--enable-source-maps',
            '--disable-warning=TimeoutNegativeWarning',
            path.join(root, 'dist', 'apps', service, 'src', 'main.js'),
          ],
          env: serviceEnv,
          cwd: root,
          pidFile,
          prefix: prefixFor(service, index),
          print: (line) => void process.stdout.write(`${line}\n`),
          summarise: !flags['raw-logs'],
        },
        `http://${HOST}:${port}/health/ready`,
      ),
    );
  }

  say('waiting for every service to answer /health/ready...');
  await Promise.all(
    ports.map(({ service, port }) =>
      waitForHttpOk(`http://${HOST}:${port}/health/ready`, givenUp, 180_000).then(() => say(`${service} is ready`)),
    ),
  );
  return ports.map(({ service, port }) => ({ name: service, url: `http://${HOST}:${port}` }));
};

/** The web back office (apps/web), after the services it proxies: its own database for sessions, the services' URLs. */
const startWeb = async (
  env: NodeJS.ProcessEnv,
  adminUrl: string,
  services: { name: string; url: string }[],
): Promise<{ name: string; url: string }> => {
  const port = Number(process.env.WEB_HTTP_PORT ?? WEB_APP.defaultPort);
  await requireFreePort(port, 'web back office');
  const url = `http://${HOST}:${port}`;
  const webEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: await ensureDatabase(adminUrl, serviceDatabaseName(WEB_APP.name)),
    WEB_HTTP_PORT: String(port),
    WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL ?? url,
    ...Object.fromEntries(services.map((service) => [`WEB_${service.name.toUpperCase()}_URL`, service.url])),
  };
  const pidFile = localDir('run', 'service-web.pid.json');
  if ((await reapOrphan(pidFile)) === 'reaped') say('stopped a web back office left behind by an earlier start');
  running.services.push(
    await superviseChild(
      {
        name: WEB_APP.name,
        command: process.execPath,
        args: ['--enable-source-maps', path.join(repoRoot(), 'dist', 'apps', 'web', 'src', 'main.js')],
        env: webEnv,
        cwd: repoRoot(),
        pidFile,
        prefix: prefixFor(WEB_APP.name, SERVICES.length + 1),
        print: (line) => void process.stdout.write(`${line}\n`),
        summarise: !flags['raw-logs'],
      },
      `${url}/health/ready`,
    ),
  );
  await waitForHttpOk(`${url}/health/ready`, givenUp, 60_000);
  say(`web back office is ready at ${url}`);
  return { name: WEB_APP.name, url };
};

/** The mail sink as a process of its own (scripts/mail-sink.ts), so its death is noticed and healed like a service's. */
const startMailSinkProcess = async (dir: string): Promise<Supervisor<ServiceProcess>> => {
  const pidFile = localDir('run', 'mail-sink.pid.json');
  if ((await reapOrphan(pidFile)) === 'reaped') say('stopped a mail sink left behind by an earlier start');
  const healthUrl = `http://${HOST}:${MAIL_WEB_PORT}/health`;
  const supervisor = await superviseChild(
    {
      name: 'mail-sink',
      command: process.execPath,
      args: ['--enable-source-maps', path.join(repoRoot(), 'dist', 'scripts', 'mail-sink.js')],
      env: {
        ...process.env,
        MAIL_SINK_SMTP_PORT: String(SMTP_PORT),
        MAIL_SINK_HTTP_PORT: String(MAIL_WEB_PORT),
        MAIL_SINK_DIR: dir,
        MAIL_SINK_HOST: HOST,
      },
      cwd: repoRoot(),
      pidFile,
      prefix: prefixFor('mail-sink', SERVICES.length),
      print: (line) => void process.stdout.write(`${line}\n`),
      summarise: !flags['raw-logs'],
    },
    healthUrl,
  );
  await waitForHttpOk(healthUrl, givenUp, 30_000);
  return supervisor;
};

const main = async (): Promise<void> => {
  const { adminUrl, databaseUrls } = await startPostgres();
  const kafka = await startBroker();
  const topicPrefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
  const topics = await createPlatformTopics(kafka.brokers, consumerGroups(), topicPrefix);
  say(`topics ready: ${topics.join(', ')}`);

  await requireFreePort(SMTP_PORT, 'mail sink');
  await requireFreePort(MAIL_WEB_PORT, 'mail web inbox');
  const mailDir = localDir('mail');
  running.mail = await startMailSinkProcess(mailDir);
  const smtpUrl = `smtp://${HOST}:${SMTP_PORT}`;
  say(`mail sink: SMTP ${smtpUrl}, inbox http://${HOST}:${MAIL_WEB_PORT}`);

  await requireFreePort(ISSUER_PORT, 'development OIDC issuer');
  // The key is kept so tokens minted before a restart stay valid.
  running.issuer = await startDevIssuer({
    port: ISSUER_PORT,
    host: HOST,
    keyFile: localDir('dev-issuer', 'signing-key.json'),
    platformMode: process.env.PLATFORM_MODE ?? 'development',
  });
  say(`development OIDC issuer: ${running.issuer.issuer}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KAFKA_BROKERS: kafka.brokers,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    OIDC_ISSUER: running.issuer.issuer,
    OIDC_JWKS_URL: running.issuer.jwksUrl,
    OIDC_AUDIENCE: running.issuer.audience,
    SMTP_URL: smtpUrl,
    // ABB's daily digest lands in the mail sink too.
    ABB_DIGEST_RECIPIENTS: process.env.ABB_DIGEST_RECIPIENTS ?? 'opvolging@abb.vlaanderen.example',
    // The programme's dates lie in the past: every service starts its programme clock at the same programme time.
    PROGRAMME_CLOCK_START: process.env.PROGRAMME_CLOCK_START ?? DEMO_PROGRAMME_START,
    PROGRAMME_CLOCK_ANCHOR: process.env.PROGRAMME_CLOCK_ANCHOR ?? new Date().toISOString(),
    // A development platform: ABB may move the programme clock forward (npm run clock).
    PLATFORM_MODE: process.env.PLATFORM_MODE ?? 'development',
  };
  const services = flags['infra-only'] ? [] : await startServices(env, databaseUrls);
  const web = flags['infra-only'] ? undefined : await startWeb(env, adminUrl, services);
  if (services.length > 0 && (process.env.SEED_DEMO_DATA ?? 'true') === 'true') {
    const url = (name: string): string => services.find((service) => service.name === name)!.url;
    const issuer = running.issuer;
    say('demo data: project year 1 through the APIs (a first start plays it in about 2.5 minutes; SEED_DEMO_DATA=false skips it)');
    await runDemoScenario(
      {
        applications: url('applications'),
        budgeting: url('budgeting'),
        reporting: url('reporting'),
        mentorships: url('mentorships'),
        notifications: url('notifications'),
      },
      (request) => issuer.token(request),
      say,
      { scale: process.env.DEMO_SCALE === 'small' ? 'small' : 'full' },
    );
  }
  process.stdout.write(
    renderStartSummary({
      services,
      kafka,
      postgres: {
        url: adminUrl,
        detail: running.postgres?.dataDir ? `embedded, data in ${relative(running.postgres.dataDir)}` : 'databases samenleven_<service>',
      },
      mail: { smtpUrl, webUrl: `http://${HOST}:${MAIL_WEB_PORT}`, dir: relative(mailDir) },
      issuer: { issuer: running.issuer.issuer, jwksUrl: running.issuer.jwksUrl },
      ...(web === undefined ? {} : { web: web.url }),
    }),
  );
  if (flags['infra-only']) {
    say('--infra-only: no services started. To run one against this infrastructure:');
    process.stdout.write(
      `  KAFKA_BROKERS=${kafka.brokers} OIDC_ISSUER=${running.issuer.issuer} SMTP_URL=${smtpUrl} ` +
        `DATABASE_URL=${databaseUrls.reporting} node dist/apps/reporting/src/main.js\n`,
    );
  }
};

main().catch((error: unknown) => {
  if (shuttingDown) return;
  say(colour(31, `could not start: ${error instanceof Error ? error.message : String(error)}`));
  exitAfterShutdown(1);
});
