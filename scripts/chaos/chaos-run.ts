import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { consumerGroups, SERVICES, type ServiceName } from '../../apps/service-registry.js';
import {
  indicatorStatusChangedV2,
  periodStatusSummarisedV1,
  TOPICS,
  type EventEnvelope,
  type IndicatorStatusChangedV2,
  type PeriodStatusSummarisedV1,
} from '#contracts';
import {
  countDeadLetters,
  createTestDatabase,
  queryDatabase,
  request,
  startDevIssuer,
  awardThroughCall,
  syntheticGovernment,
  type DevIssuer,
  type TestDatabase,
} from '#testing';
import { createPlatformTopics, ensureKafkaJars, freePort, isKafkaReachable, startKafka, type KafkaBroker } from '../infra/kafka-broker.js';
import { readMailFolder } from '../../test/support/mail-folder.js';
import { repoRoot } from '../infra/local-paths.js';
import { supervise, type Supervisor } from '../infra/process-supervisor.js';
import { spawnService, waitForHttpOk, type ServiceProcess } from '../infra/service-process.js';
import type { SupervisionPolicy } from '../infra/supervision-policy.js';
import { sourceScriptArgs } from '../run-from-source/source-script.js';
import {
  checkAnnouncements,
  checkMail,
  judge,
  recomputeRealised,
  type AnnouncedChange,
  type AnnouncedSummary,
  type ChaosVerdict,
  type MailCheck,
  type AnnouncementCheck,
  type ReportVersion,
  type StuckCheck,
} from './chaos-checks.js';

export interface ChaosOptions {
  seed: number;
  reports: number;
  faults: number;
  governments?: number;
  /** Reports in flight at once (each worker owns its governments, so one government's reports stay in order). */
  concurrency?: number;
  say?: (line: string) => void;
  /** How long the platform may take to settle after the last fault. */
  settleTimeoutMs?: number;
}

/** kill-notifications-at-mail: SIGKILL notifications while the sink holds a message it stored (before the record). */
export type FaultKind = 'kill-service' | 'kill-broker' | 'drop-connections' | 'kill-notifications-at-mail';

export interface Fault {
  /** Fired once this many reports have been accepted. */
  afterReports: number;
  kind: FaultKind;
  service?: ServiceName;
}

export interface ChaosResult {
  /** inWindow: for kill-notifications-at-mail, whether a message was held at the sink when the kill came. */
  faults: (Fault & { recoveredMs: number; inWindow?: boolean })[];
  reportsAccepted: number;
  retries: number;
  realised: { indicatorCode: string; figure: number; fromClient: number; fromStore: number }[];
  announcements: AnnouncementCheck;
  mail: MailCheck;
  /** The governments' awards mailed before the reports (subsidy-awarded), one e-mail per cause like each signal. */
  awards: number;
  stuck: StuckCheck;
  verdict: ChaosVerdict;
  durationMs: number;
}

const HOST = '127.0.0.1';
/** The chaos kills on purpose: restart quickly and never give up. */
const CHAOS_POLICY: SupervisionPolicy = {
  initialDelayMs: 200,
  maxDelayMs: 2_000,
  maxCrashes: 1_000,
  windowMs: 60_000,
  healthyAfterMs: 5_000,
};
/** Short, so a dispatcher killed between SMTP acceptance and its record is resent within the run. */
const CLAIM_TIMEOUT_MS = 5_000;
const MESSAGE_ID = (notificationId: string): string => `<${notificationId}@samenleven.vlaanderen.example>`;
const PERIODS = ['PJ1-INTERIM', 'PJ1-ANNUAL'] as const;

/** mulberry32: a small seeded generator, so a seed replays the same reports and the same faults. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** The services in the order the kills take them: the two on the path from report to e-mail first. */
const KILL_ORDER: readonly ServiceName[] = ['reporting', 'notifications', 'applications', 'budgeting', 'mentorships'];

/**
 * The faults of a run: the kinds in turn and the services in KILL_ORDER (so a few faults already hit every kind
 * and five service kills hit every service), each at a random count of accepted reports.
 */
export const planFaults = (random: () => number, faults: number, reports: number): Fault[] => {
  const kinds: FaultKind[] = ['kill-service', 'kill-broker', 'drop-connections', 'kill-notifications-at-mail'];
  return Array.from({ length: faults }, (_, index): Fault => {
    const kind = kinds[index % kinds.length]!;
    const afterReports = Math.floor(random() * reports);
    return kind === 'kill-service'
      ? { afterReports, kind, service: KILL_ORDER[Math.floor(index / kinds.length) % KILL_ORDER.length]! }
      : { afterReports, kind };
  }).sort((a, b) => a.afterReports - b.afterReports);
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A request retried while the service is down or unavailable (connection refused, 5xx); other answers are returned. */
const CHAOS_CALL = { projectYear: 1, opensAt: '2022-06-01T00:00:00Z', closesAt: '2022-07-15T22:00:00Z' };
const CHAOS_CALL_CLOCK = '2022-06-15T09:00:00Z';
/** Inside the interim period of project year 1, before any reminder moment (the 14-day one is 1 April 2023). */
const CHAOS_REPORT_CLOCK = '2023-03-20T09:00:00Z';

const requestThroughFaults = async <T>(
  send: () => Promise<{ status: number; body: T }>,
  onRetry: () => void,
  aborted: () => boolean,
  timeoutMs = 180_000,
): Promise<{ status: number; body: T }> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (aborted()) throw new Error('the chaos run was aborted');
    try {
      const response = await send();
      if (response.status < 500) return response;
      if (Date.now() > deadline) return response;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    onRetry();
    await sleep(250);
  }
};

const readAnnouncements = async (
  brokers: string,
  topic: string,
): Promise<{ changes: AnnouncedChange[]; summaries: AnnouncedSummary[] }> => {
  const kafka = new Kafka({ clientId: 'chaos-reader', brokers: [brokers], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((partition) => [partition.partition, Number(partition.high)]));
  await admin.disconnect();
  const byPartition = new Map<number, { offset: number; change: AnnouncedChange | null; summary: AnnouncedSummary | null }[]>();
  const remaining = new Set([...ends].filter(([, high]) => high > 0).map(([partition]) => partition));
  if (remaining.size === 0) return { changes: [], summaries: [] };
  const consumer = kafka.consumer({ groupId: `chaos-reader-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`could not read ${topic} to its end`)), 60_000);
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        const parsed = message.value ? (JSON.parse(message.value.toString()) as EventEnvelope<unknown>) : undefined;
        const envelope = parsed as EventEnvelope<IndicatorStatusChangedV2> | undefined;
        const summarised = parsed as EventEnvelope<PeriodStatusSummarisedV1> | undefined;
        const summary =
          summarised?.type === periodStatusSummarisedV1.type && summarised.version === periodStatusSummarisedV1.version
            ? {
                eventId: summarised.eventId,
                governmentCode: summarised.payload.governmentCode,
                periodCode: summarised.payload.periodCode,
                lagging: summarised.payload.lagging.map((behind) => behind.indicatorCode),
                atRisk: summarised.payload.atRisk.map((behind) => behind.indicatorCode),
              }
            : null;
        const change =
          envelope?.type === indicatorStatusChangedV2.type && envelope.version === indicatorStatusChangedV2.version
            ? {
                eventId: envelope.eventId,
                governmentCode: envelope.payload.governmentCode,
                indicatorCode: envelope.payload.indicatorCode,
                periodCode: envelope.payload.periodCode,
                previousStatus: envelope.payload.previousStatus,
                status: envelope.payload.status,
              }
            : null;
        const list = byPartition.get(partition) ?? [];
        list.push({ offset: Number(message.offset), change, summary });
        byPartition.set(partition, list);
        if (Number(message.offset) >= ends.get(partition)! - 1) remaining.delete(partition);
        if (remaining.size === 0) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  // Within a partition (one government's key) in topic order; partitions are independent.
  const ordered = [...byPartition.values()].flatMap((list) => list.sort((a, b) => a.offset - b.offset));
  return {
    changes: ordered.flatMap(({ change }) => (change ? [change] : [])),
    summaries: ordered.flatMap(({ summary }) => (summary ? [summary] : [])),
  };
};

/** Consumer lag summed over every group and partition: the end offset minus the committed one. */
const consumerLag = async (brokers: string, prefix: string): Promise<number> => {
  const admin = new Kafka({ clientId: 'chaos-lag', brokers: [brokers], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    let lag = 0;
    for (const group of consumerGroups()) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId: `${prefix}${group}` })) {
        const ends = new Map((await admin.fetchTopicOffsets(topic)).map((partition) => [partition.partition, Number(partition.high)]));
        for (const { partition, offset } of partitions) {
          const high = ends.get(partition) ?? 0;
          const committed = Number(offset);
          // -1: nothing committed yet, so everything on the partition is still to be read.
          lag += Math.max(0, high - (committed < 0 ? 0 : committed));
        }
      }
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
};

/**
 * One chaos run: the platform as real processes (each service, the broker and the mail sink supervised and
 * restarted like `npm start` does), on databases and topics of its own; a stream of reports and corrections over
 * HTTP while services and the broker are killed (SIGKILL) and database connections dropped; then the checks.
 */
export const runChaos = async (options: ChaosOptions): Promise<ChaosResult> => {
  const { seed, reports, faults: faultCount, governments: governmentCount = 12, concurrency = 4, settleTimeoutMs = 120_000 } = options;
  const say = options.say ?? ((line: string) => void process.stdout.write(`[chaos] ${line}\n`));
  const started = Date.now();
  const random = seededRandom(seed);
  const dir = await mkdtemp(path.join(tmpdir(), 'samenleven-chaos-'));
  const logFile = path.join(dir, 'platform.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const print = (line: string): void => void log.write(`${line}\n`);
  const databases: TestDatabase[] = [];
  const services = new Map<ServiceName, { supervisor: Supervisor<ServiceProcess>; url: string }>();
  let kafka: Supervisor<KafkaBroker> | undefined;
  let mail: Supervisor<ServiceProcess> | undefined;
  let issuer: DevIssuer | undefined;
  say(`seed ${seed}, ${reports} reports, ${faultCount} faults; logs in ${logFile}`);
  /** Settles when the run fails or ends: every wait of the stream and the faults gives up then. */
  let resolveAbort!: () => void;
  const abort = new Promise<void>((resolve) => (resolveAbort = resolve));
  let isAborted = false;
  const abortRun = (): void => {
    isAborted = true;
    resolveAbort();
  };
  const pause = async (ms: number): Promise<void> => {
    if (isAborted) throw new Error('the chaos run was aborted');
    await sleep(ms);
  };
  try {
    await ensureKafkaJars();
    const [kafkaPort, controllerPort, smtpPort, mailWebPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    kafka = await supervise({
      name: 'Kafka',
      policy: CHAOS_POLICY,
      say: print,
      start: () => startKafka({ port: kafkaPort, controllerPort, dataDir: path.join(dir, 'kafka') }),
    });
    const brokers = kafka.current()!.brokers;
    const prefix = `chaos-${seed}.`;
    await createPlatformTopics(brokers, consumerGroups(), prefix);

    const mailDir = path.join(dir, 'mail');
    const mailHoldFile = path.join(dir, 'mail-hold');
    mail = await supervise({
      name: 'mail-sink',
      policy: CHAOS_POLICY,
      say: print,
      start: () =>
        spawnService({
          name: 'mail-sink',
          command: process.execPath,
          args: sourceScriptArgs('scripts/mail-sink.ts'),
          env: {
            ...process.env,
            MAIL_SINK_SMTP_PORT: String(smtpPort),
            MAIL_SINK_HTTP_PORT: String(mailWebPort),
            MAIL_SINK_DIR: mailDir,
            MAIL_SINK_HOLD_FILE: mailHoldFile,
          },
          cwd: repoRoot(),
          pidFile: path.join(dir, 'mail-sink.pid.json'),
          prefix: '[mail-sink] ',
          print,
        }),
    });
    await waitForHttpOk(`http://${HOST}:${mailWebPort}/health`, new Promise(() => undefined), 60_000);
    issuer = await startDevIssuer({ port: 0, host: HOST });

    const databaseUrls = {} as Record<ServiceName, string>;
    for (const { name } of SERVICES) {
      const database = await createTestDatabase(`chaos_${name}`);
      databases.push(database);
      databaseUrls[name] = database.url;
    }
    const databaseNames = Object.values(databaseUrls).map((url) => new URL(url).pathname.slice(1));
    const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

    const clockAnchor = new Date().toISOString();
    for (const manifest of SERVICES) {
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        KAFKA_BROKERS: brokers,
        KAFKA_TOPIC_PREFIX: prefix,
        OIDC_ISSUER: issuer.issuer,
        OIDC_JWKS_URL: issuer.jwksUrl,
        OIDC_AUDIENCE: issuer.audience,
        SMTP_URL: `smtp://${HOST}:${smtpPort}`,
        DATABASE_URL: databaseUrls[manifest.name],
        HTTP_PORT: String(port),
        // Every service's programme clock at the same programme time: when the year-1 call was open.
        PROGRAMME_CLOCK_START: CHAOS_CALL_CLOCK,
        PROGRAMME_CLOCK_ANCHOR: clockAnchor,
        // ABB moves the clock into the interim period once the call is decided.
        PLATFORM_MODE: 'development',
        MAIL_CLAIM_TIMEOUT_MS: String(CLAIM_TIMEOUT_MS),
      };
      const supervisor = await supervise({
        name: manifest.name,
        policy: CHAOS_POLICY,
        say: print,
        start: () =>
          spawnService({
            name: manifest.name,
            command: process.execPath,
            args: ['--disable-warning=TimeoutNegativeWarning', ...sourceScriptArgs(`apps/${manifest.name}/src/main.ts`)],
            env,
            cwd: repoRoot(),
            pidFile: path.join(dir, `${manifest.name}.pid.json`),
            prefix: `[${manifest.name}] `,
            print,
          }),
      });
      services.set(manifest.name, { supervisor, url: `http://${HOST}:${port}` });
    }
    const ready = (name: ServiceName): Promise<void> => waitForHttpOk(`${services.get(name)!.url}/health/ready`, abort, 180_000);
    await Promise.all(SERVICES.map(({ name }) => ready(name)));
    const urlOf = (name: ServiceName): string => services.get(name)!.url;
    say(`platform up in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    let retries = 0;
    const onRetry = (): void => void (retries += 1);
    const aborted = (): boolean => isAborted;
    const abb = await issuer.token({ role: 'abb' });
    const governments = Array.from({ length: governmentCount }, (_, index) =>
      syntheticGovernment(index, { codeBase: 79000, label: 'Chaos' }),
    );
    // Set-up happens before the first fault: the governments, then a year-1 call they all apply to, decided as proposed.
    const tokens = new Map<string, string>();
    for (const government of governments) {
      const registered = await request('POST', `${urlOf('applications')}/governments`, abb, government);
      if (registered.status !== 201) throw new Error(`government ${government.code} refused: ${registered.status}`);
      tokens.set(government.code, await issuer.token({ role: 'government', org: government.code }));
    }
    await awardThroughCall(
      { applications: urlOf('applications'), budgeting: urlOf('budgeting'), reporting: urlOf('reporting') },
      abb,
      CHAOS_CALL,
      governments.map((government) => ({
        governmentCode: government.code,
        token: tokens.get(government.code)!,
        lines: [{ indicatorCode: 'A05', currentReach: 100, additionalReach: 900, priority: 1 }],
      })),
    );
    // Reporting learns the targets from events: a report before that is refused (409), rightly.
    const knownBy = Date.now() + 120_000;
    for (;;) {
      const figures = await request<{ indicatorCode: string; governments: number }[]>(
        'GET',
        `${urlOf('reporting')}/figures?projectYear=1`,
        abb,
      ).catch(() => undefined);
      if (figures?.body.find?.((figure) => figure.indicatorCode === 'A05')?.governments === governmentCount) break;
      if (Date.now() > knownBy) throw new Error('reporting did not learn every target within 120 s');
      await pause(200);
    }
    // Reports are taken from the period's first day on: ABB moves the programme clock into the interim period, and
    // every service follows it from its own database within about a second (a report refused before that is retried).
    const moved = await request('POST', `${urlOf('applications')}/programme-clock`, abb, { to: CHAOS_REPORT_CLOCK });
    if (moved.status !== 200) throw new Error(`programme clock not moved: ${moved.status} ${JSON.stringify(moved.body)}`);
    await pause(3_000);

    // The stream: drawn up front from the seed, so the same seed sends the same reports.
    const planned = Array.from({ length: reports }, () => ({
      government: governments[Math.floor(random() * governments.length)]!.code,
      periodCode: PERIODS[random() < 0.75 ? 0 : 1],
      achieved: random() < 0.05 ? null : Math.floor(random() * 1_600),
    }));
    const faultPlan = planFaults(random, faultCount, reports);

    /** The client's view: the latest content it sent per government and period, and the versions it was given. */
    const clientLatest = new Map<string, ReportVersion>();
    let accepted = 0;
    const worker = async (index: number): Promise<void> => {
      for (const report of planned.filter((report) => Number(report.government) % concurrency === index)) {
        const body = {
          governmentCode: report.government,
          periodCode: report.periodCode,
          // An annual figure below target needs a motivation; an interim one may carry one.
          results: [{ indicatorCode: 'A05', achieved: report.achieved, motivation: 'chaos run: trager dan gepland' }],
        };
        const response = await requestThroughFaults(
          () => request<{ version: number }>('POST', `${urlOf('reporting')}/reports`, tokens.get(report.government), body),
          onRetry,
          aborted,
        );
        if (response.status !== 201) throw new Error(`report refused: ${response.status} ${JSON.stringify(response.body)}`);
        clientLatest.set(`${report.government}/${report.periodCode}`, { ...body, version: response.body.version });
        accepted += 1;
      }
    };

    const recovered: ChaosResult['faults'] = [];
    const killService = async (name: ServiceName): Promise<void> => {
      const service = services.get(name)!;
      const before = service.supervisor.current()!;
      before.child.kill('SIGKILL');
      await before.exited;
      while (service.supervisor.current() === undefined || service.supervisor.current() === before) await pause(50);
      await ready(name);
    };
    /** Arms the sink's hold, waits (up to 60 s) for the next message it stores, and kills notifications while held. */
    const killAtMail = async (): Promise<boolean> => {
      const heldFile = `${mailHoldFile}.held`;
      await rm(heldFile, { force: true });
      await writeFile(mailHoldFile, '');
      try {
        const deadline = Date.now() + 60_000;
        while (!existsSync(heldFile) && Date.now() < deadline) await pause(10);
        if (!existsSync(heldFile)) return false;
        const supervisor = services.get('notifications')!.supervisor;
        const before = supervisor.current()!;
        before.child.kill('SIGKILL');
        await before.exited;
        while (supervisor.current() === undefined || supervisor.current() === before) await pause(50);
      } finally {
        await rm(mailHoldFile, { force: true });
      }
      await ready('notifications');
      return true;
    };
    const fire = async (fault: Fault): Promise<void> => {
      const at = Date.now();
      let inWindow: boolean | undefined;
      if (fault.kind === 'kill-service') {
        await killService(fault.service!);
      } else if (fault.kind === 'kill-notifications-at-mail') {
        inWindow = await killAtMail();
      } else if (fault.kind === 'kill-broker') {
        const before = kafka!.current()!;
        process.kill(before.pid, 'SIGKILL');
        await before.exited;
        while (kafka!.current() === undefined || kafka!.current() === before) await pause(50);
        while (!(await isKafkaReachable(brokers))) await pause(200);
      } else {
        await queryDatabase(
          adminUrl,
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()',
          [databaseNames],
        );
      }
      recovered.push({ ...fault, recoveredMs: Date.now() - at, ...(inWindow === undefined ? {} : { inWindow }) });
      const what =
        `${fault.kind}${fault.service ? ` ${fault.service}` : ''}` + (inWindow === false ? ' (no message within 60 s, not killed)' : '');
      say(`fault ${recovered.length}/${faultPlan.length} after ${fault.afterReports} reports: ${what} (back in ${Date.now() - at} ms)`);
    };
    /**
     * Each fault fires when its moment comes, even while another target is still coming back (faults overlap);
     * faults on one target wait for it to be back, so a kill always hits a running process.
     */
    const faultLoop = async (): Promise<void> => {
      const byTarget = new Map<string, Promise<void>>();
      for (const fault of faultPlan) {
        while (accepted < fault.afterReports) await pause(20);
        const target = fault.kind === 'kill-notifications-at-mail' ? 'notifications' : (fault.service ?? fault.kind);
        byTarget.set(
          target,
          (byTarget.get(target) ?? Promise.resolve()).then(() => fire(fault)),
        );
      }
      await Promise.all(byTarget.values());
    };
    // Whichever fails first (the stream or a fault that does not recover) stops the other, and is the error reported.
    let faultFailure: unknown;
    const faulting = faultLoop().catch((error: unknown) => {
      if (!isAborted) faultFailure = error;
      abortRun();
      throw error;
    });
    faulting.catch(() => undefined);
    try {
      await Promise.all(Array.from({ length: concurrency }, (_, index) => worker(index)));
    } catch (error) {
      abortRun();
      await faulting.catch(() => undefined);
      throw faultFailure ?? error;
    }
    await faulting;
    say(`${accepted} reports accepted (${retries} retries through faults); settling...`);

    const measureStuck = async (): Promise<StuckCheck> => {
      let unpublishedOutbox = 0;
      for (const url of Object.values(databaseUrls)) {
        const [row] = await queryDatabase<{ count: string }>(url, 'SELECT count(*) FROM outbox WHERE published_at IS NULL');
        unpublishedOutbox += Number(row!.count);
      }
      const [mailRow] = await queryDatabase<{ unsent: string; failed: string }>(
        databaseUrls.notifications,
        "SELECT count(*) FILTER (WHERE status IN ('pending', 'sending')) AS unsent, " +
          "count(*) FILTER (WHERE status = 'failed') AS failed FROM notification WHERE channel = 'email'",
      );
      let deadLetters = 0;
      for (const group of consumerGroups()) deadLetters += await countDeadLetters([brokers], prefix, group);
      return {
        consumerLag: await consumerLag(brokers, prefix),
        unpublishedOutbox,
        deadLetters,
        unsentMail: Number(mailRow!.unsent),
        failedMail: Number(mailRow!.failed),
      };
    };
    const expectedFromClient = recomputeRealised([...clientLatest.values()]);
    const figureNow = async (): Promise<number> => {
      const figures = await request<{ indicatorCode: string; realised: number }[]>(
        'GET',
        `${urlOf('reporting')}/figures?projectYear=1`,
        abb,
      );
      return figures.body.find((figure) => figure.indicatorCode === 'A05')?.realised ?? 0;
    };
    const settleDeadline = Date.now() + settleTimeoutMs;
    let stuck = await measureStuck();
    while (Date.now() < settleDeadline) {
      stuck = await measureStuck();
      if (
        stuck.consumerLag + stuck.unpublishedOutbox + stuck.unsentMail === 0 &&
        (await figureNow()) === (expectedFromClient.get('A05') ?? 0)
      )
        break;
      await sleep(500);
    }
    // Once more after a pause: what settled must stay settled (a late resend or redelivery would show here).
    await sleep(Math.min(CLAIM_TIMEOUT_MS, 3_000));
    stuck = await measureStuck();

    const stored = await queryDatabase<{
      government_code: string;
      period_code: string;
      version: number;
      results: ReportVersion['results'];
    }>(databaseUrls.reporting, 'SELECT government_code, period_code, version, results FROM report');
    const fromStore = recomputeRealised(
      stored.map((row) => ({
        governmentCode: row.government_code,
        periodCode: row.period_code,
        version: row.version,
        results: row.results,
      })),
    );
    const realised = [
      {
        indicatorCode: 'A05',
        figure: await figureNow(),
        fromClient: expectedFromClient.get('A05') ?? 0,
        fromStore: fromStore.get('A05') ?? 0,
      },
    ];

    const announced = await readAnnouncements(brokers, `${prefix}${TOPICS.reporting}`);
    const announcements = checkAnnouncements(announced.changes, announced.summaries);
    const notifications = await queryDatabase<{ id: string; cause_event_id: string; template: string }>(
      databaseUrls.notifications,
      "SELECT id, cause_event_id, template FROM notification WHERE channel = 'email'",
    );
    // Each government's award (before any report) is one e-mail per cause too.
    const awards = new Set(notifications.filter((row) => row.template === 'subsidy-awarded').map((row) => row.cause_event_id));
    const messages = await readMailFolder(mailDir).catch(() => []);
    const mailCheck = checkMail(
      [...announcements.signalling, ...awards],
      notifications.map((row) => ({ id: row.id, causeEventId: row.cause_event_id })),
      messages.map((message) => message.messageId || undefined),
      MESSAGE_ID,
    );
    const checks = { realised, announcements, mail: mailCheck, stuck };
    return {
      faults: recovered,
      reportsAccepted: accepted,
      retries,
      ...checks,
      awards: awards.size,
      verdict: judge(checks),
      durationMs: Date.now() - started,
    };
  } finally {
    abortRun();
    for (const { supervisor } of services.values()) await supervisor.stop().catch(() => undefined);
    await mail?.stop().catch(() => undefined);
    await issuer?.stop().catch(() => undefined);
    await kafka?.stop().catch(() => undefined);
    for (const database of databases) await database.drop().catch(() => undefined);
    await new Promise((resolve) => log.end(resolve));
    if (process.env.CHAOS_KEEP !== 'true') await rm(dir, { recursive: true, force: true });
  }
};

/** How the kills at the worst moment for mail went, and the resends they caused (none when no such fault ran). */
const mailWindowLine = ({ faults, mail }: ChaosResult): string[] => {
  const atMail = faults.filter((fault) => fault.kind === 'kill-notifications-at-mail');
  if (atMail.length === 0) return [];
  const hits = atMail.filter((fault) => fault.inWindow).length;
  const note =
    mail.resent > 0
      ? ''
      : hits === 0
        ? ' (no message came while armed, so no kill hit the window)'
        : ' (a kill hit the window but nothing was resent: the claim was not resent within the run)';
  return [`kills at the worst moment for mail: ${hits} of ${atMail.length} in the window, ${mail.resent} resent${note}`];
};

/** The figures of a run, one per line, and the verdict. */
export const renderChaosResult = (result: ChaosResult): string => {
  const { realised, announcements, mail, stuck, verdict } = result;
  const lines = [
    `duration ${(result.durationMs / 1000).toFixed(1)} s; ${result.reportsAccepted} reports accepted, ` +
      `${result.retries} requests retried through faults`,
    `faults: ${result.faults.map((fault) => `${fault.kind}${fault.service ? `(${fault.service})` : ''}`).join(', ') || 'none'}`,
    ...realised.map(
      (line) =>
        `realised ${line.indicatorCode}: ${line.figure} (recomputed from the client's latest versions ${line.fromClient}, ` +
        `from the stored versions ${line.fromStore})`,
    ),
    `status changes: ${announcements.distinctEvents} distinct events in ${announcements.messages} messages, ` +
      `${announcements.duplicatedChanges} announced twice, ${announcements.signalling.length} period summaries worth a signal, ` +
      `${result.awards} awards`,
    `e-mail: ${mail.distinctMessageIds} distinct Message-IDs in ${mail.messages} messages ` +
      `(${mail.resent} resent with the same Message-ID after a claim timeout), ` +
      `${mail.lost} causes without mail, ${mail.duplicated} beyond one per cause`,
    ...mailWindowLine(result),
    `stuck: consumer lag ${stuck.consumerLag}, unpublished outbox rows ${stuck.unpublishedOutbox}, dead letters ${stuck.deadLetters}, ` +
      `unsent e-mail ${stuck.unsentMail}, failed e-mail ${stuck.failedMail}`,
    `verdict: ${verdict.lost} lost, ${verdict.duplicated} duplicated, ${verdict.stuck} stuck`,
    ...verdict.failures.map((failure) => `  ${failure}`),
  ];
  return `${lines.join('\n')}\n`;
};
