/**
 * The whole pipeline as production runs it, a process per service, against the machine's own ceiling, measured in
 * one run. Prints its figures; asserts nothing (README, "Performance").
 *
 *   npm run bench:pipeline -- [--governments 300] [--duration 300] [--rate 100] [--throughput-rate 1000]
 *                              [--instances 1] [--capture-reports 300] [--drain-timeout 600]
 *
 * 1. Setup through the public APIs: N synthetic governments, a year-1 call they all apply to with 13 indicators,
 *    decided as budgeting proposes; the programme clock moved into the interim period (POST /programme-clock).
 * 2. Capture: reporting and notifications restarted behind a proxy that records their SQL (bench/pipeline/
 *    postgres-capture.ts) for --capture-reports reports, after their databases were copied; then restarted directly
 *    (--instances of each).
 * 3. Latency phase: --rate reports/s for --duration s from the open-loop load generator (its own process); latency from
 *    the request to the e-mail in the sink, for the reports that make a government's situation worse.
 * 4. Throughput phase: --throughput-rate reports/s offered for --duration s (the generator stops early when the
 *    services cannot keep up); the rate at which reports went all the way through, until every lag and outbox drained.
 *    Both phases sample consumer lag and outbox backlog every second.
 * 5. Ceilings: kafkajs producing and consuming as many messages of the size the phases produced; PostgreSQL
 *    replaying the captured statements on the copies at the services' concurrency. The pipeline's rate as a share of
 *    the slower one.
 * 6. Checks: GET /figures against a recomputation from the accepted reports; no Message-ID twice in the sink.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ServiceName } from '../apps/service-registry.js';
import { awardThroughCall, eventually, request, syntheticGovernment, withClient } from '#testing';
import { TOPIC_PARTITIONS } from '#contracts';
import { repoRoot } from '../scripts/infra/local-paths.js';
import { databaseUrl } from '../scripts/infra/postgres.js';
import {
  cpuShare,
  duplicates,
  formatMb,
  formatMs,
  growthVerdict,
  matchArrivals,
  summariseLatencies,
  type ProcessSample,
} from './pipeline/bench-figures.js';
import {
  createLagReader,
  createOutboxReader,
  createSinkReader,
  dropDatabase,
  sampleProcess,
  startBenchPlatform,
  type BenchPlatform,
  type SinkMessage,
} from './pipeline/bench-platform.js';
import { measureKafkaCeiling } from './pipeline/kafka-ceiling.js';
import type { LoadPlan, LoadResult } from './pipeline/load-generator.js';
import { replaySessions, startCapturingProxy, summariseCapture, type CapturedSession } from './pipeline/postgres-capture.js';
import { plannedReport, type IndicatorTarget, type LagSegment, BENCH_INDICATORS as INDICATORS } from './pipeline/synthetic-reports.js';

const { values: flags } = parseArgs({
  options: {
    governments: { type: 'string', default: '300' },
    duration: { type: 'string', default: '300' },
    rate: { type: 'string', default: '100' },
    'throughput-rate': { type: 'string', default: '1000' },
    instances: { type: 'string', default: '1' },
    'capture-reports': { type: 'string', default: '300' },
    'drain-timeout': { type: 'string', default: '600' },
    'max-behind': { type: 'string', default: '1000' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  process.stdout.write(`usage: npm run bench:pipeline -- [options]

  --governments N        synthetic governments with 13 targets each (default 300)
  --duration S           seconds of each measured phase (default 300)
  --rate R               reports/s of the latency phase (default 100)
  --throughput-rate R    reports/s offered in the throughput phase (default 1000; 0 leaves the phase out)
  --instances K          instances of reporting and of notifications, one consumer group each (default 1)
  --capture-reports N    reports whose SQL is recorded for the database ceiling (default 300)
  --drain-timeout S      how long a phase may take to drain after its last request (default 600)
  --max-behind N         a phase stops sending once the consumers are N reports' worth of messages behind (default 1000)
`);
  process.exit(0);
}
const governmentCount = Number(flags.governments);
const durationS = Number(flags.duration);
const latencyRate = Number(flags.rate);
const throughputRate = Number(flags['throughput-rate']);
const instances = Number(flags.instances);
const captureReports = Number(flags['capture-reports']);
const drainTimeoutMs = Number(flags['drain-timeout']) * 1000;
const maxBehind = Number(flags['max-behind']);

const say = (line: string): void => void process.stdout.write(`[bench] ${line}\n`);

const INTERIM_DATE = '2023-03-20T09:00:00Z';

interface Government {
  code: string;
  email: string;
  token: string;
  targets: IndicatorTarget[];
  /** Reports planned for it so far (those a stopped phase never sent taken off again). */
  reportsSent: number;
  /** Its worsening steps, phase by phase. */
  segments: LagSegment[];
}

interface SentReport {
  id: string;
  governmentCode: string;
  results: { indicatorCode: string; achieved: number }[];
  worsens: boolean;
  changesStatus: boolean;
  /** Not its government's first report in the period: a new version replacing the one before. */
  correction: boolean;
}

const setUpProgramme = async (platform: BenchPlatform): Promise<{ abb: string; governments: Government[] }> => {
  const abb = await platform.issuer.token({ role: 'abb' });
  const synthetic = Array.from({ length: governmentCount }, (_, index) => syntheticGovernment(index, { codeBase: 70000, label: 'Bench' }));
  const started = Date.now();
  for (let at = 0; at < synthetic.length; at += 10)
    await Promise.all(
      synthetic.slice(at, at + 10).map(async (government) => {
        const registered = await request('POST', `${platform.url('applications')}/governments`, abb, government);
        if (registered.status !== 201)
          throw new Error(`government ${government.code} refused: ${registered.status} ${JSON.stringify(registered.body)}`);
      }),
    );
  const tokens = new Map(
    await Promise.all(
      synthetic.map(
        async (government) => [government.code, await platform.issuer.token({ role: 'government', org: government.code })] as const,
      ),
    ),
  );
  say(`${synthetic.length} governments registered in ${((Date.now() - started) / 1000).toFixed(0)} s; applying to a year-1 call...`);
  const urls = { applications: platform.url('applications'), budgeting: platform.url('budgeting'), reporting: platform.url('reporting') };
  await awardThroughCall(
    urls,
    abb,
    { projectYear: 1, opensAt: '2022-06-01T00:00:00Z', closesAt: '2022-07-15T22:00:00Z' },
    synthetic.map((government) => ({
      governmentCode: government.code,
      token: tokens.get(government.code)!,
      lines: INDICATORS.map((indicatorCode, index) => ({ indicatorCode, currentReach: 10, additionalReach: 5, priority: index + 1 })),
    })),
  );
  const targets = await eventually(
    async () => {
      const listed = await request<{ governmentCode: string; indicatorCode: string; target: number }[]>(
        'GET',
        `${urls.reporting}/targets?projectYear=1`,
        abb,
      );
      if (listed.status !== 200) throw new Error(`GET /targets: ${listed.status}`);
      const governments = new Set(listed.body.map((target) => target.governmentCode));
      if (governments.size !== synthetic.length) throw new Error(`targets of ${governments.size} governments known to reporting`);
      return listed.body;
    },
    { timeoutMs: 180_000, intervalMs: 1_000 },
  );
  say(
    `targets decided and known to reporting after ${((Date.now() - started) / 1000).toFixed(0)} s ` +
      `(${targets.length} government x indicator)`,
  );
  const moved = await request('POST', `${urls.applications}/programme-clock`, abb, { to: INTERIM_DATE });
  if (moved.status !== 200 && moved.status !== 201)
    throw new Error(`programme clock not moved: ${moved.status} ${JSON.stringify(moved.body)}`);
  return {
    abb,
    governments: synthetic.map((government) => ({
      code: government.code,
      email: government.contacts[0]!.email.toLowerCase(),
      token: tokens.get(government.code)!,
      targets: INDICATORS.filter((code) =>
        targets.some((target) => target.governmentCode === government.code && target.indicatorCode === code),
      ).map((indicatorCode) => ({
        indicatorCode,
        target: targets.find((target) => target.governmentCode === government.code && target.indicatorCode === indicatorCode)!.target,
      })),
      reportsSent: 0,
      segments: [],
    })),
  };
};

/**
 * Reports for a phase, round-robin over the governments, each the next in its government's sequence; `steps` of them
 * per government make its situation worse, spread evenly over its reports in the phase (the first among them).
 */
const planReports = (governments: Government[], count: number, steps: number, label: string): SentReport[] => {
  governments.forEach((government, position) => {
    const reports = Math.floor(count / governments.length) + (position < count % governments.length ? 1 : 0);
    if (reports > 0) government.segments.push({ start: government.reportsSent, reports, steps });
  });
  return Array.from({ length: count }, (_, index) => {
    const government = governments[index % governments.length]!;
    const planned = plannedReport(government.targets, government.reportsSent, government.segments);
    const correction = government.reportsSent > 0;
    government.reportsSent += 1;
    return { id: `${label}-${index}`, governmentCode: government.code, ...planned, correction };
  });
};

interface Samples {
  at: number[];
  lag: Record<string, number>[];
  outbox: Record<string, number>[];
  processes: Map<string, { at: number; sample: ProcessSample }[]>;
}

interface PhaseOutcome {
  label: string;
  offeredRate: number;
  sent: number;
  accepted: number;
  refused: Map<string, number>;
  sendingMs: number;
  stoppedEarly: string | null;
  /** From the first request until every lag and outbox drained and the expected e-mails arrived. */
  throughMs: number;
  drained: boolean;
  results: LoadResult[];
  reports: SentReport[];
  mails: SinkMessage[];
  samples: Samples;
  startedAt: number;
}

const processesOf = (platform: BenchPlatform, generatorPid: number | undefined): [string, number][] => [
  ...platform.services.map((service) => [`${service.name}-${service.instance}`, service.process.child.pid!] as [string, number]),
  ['mail-sink', platform.mailSink.child.pid!],
  ['kafka', platform.kafka.pid],
  ...(generatorPid === undefined ? [] : ([['load-generator', generatorPid]] as [string, number][])),
];

const runPhase = async (
  platform: BenchPlatform,
  governments: Government[],
  {
    label,
    rate,
    count,
    steps,
    maxLag = Number.POSITIVE_INFINITY,
  }: { label: string; rate: number; count: number; steps: number; maxLag?: number },
  readSink: () => Promise<SinkMessage[]>,
): Promise<PhaseOutcome> => {
  const reports = planReports(governments, count, steps, label);
  const byCode = new Map(governments.map((government) => [government.code, government]));
  const reportingUrls = platform.services.filter((service) => service.name === 'reporting').map((service) => service.url);
  const plan: LoadPlan = {
    rate,
    // Twenty seconds of requests unanswered: the services are not keeping up.
    maxInFlight: Math.max(500, rate * 20),
    requests: reports.map((report, index) => ({
      id: report.id,
      url: `${reportingUrls[index % reportingUrls.length]}/reports`,
      token: byCode.get(report.governmentCode)!.token,
      body: { governmentCode: report.governmentCode, periodCode: 'PJ1-INTERIM', results: report.results },
    })),
  };
  const planFile = path.join(platform.runDir, `${label}-plan.json`);
  const resultsFile = path.join(platform.runDir, `${label}-results.json`);
  await writeFile(planFile, JSON.stringify(plan));
  const lagReader = createLagReader(platform.brokers);
  const outboxReader = createOutboxReader(platform.databaseUrls);
  const samples: Samples = { at: [], lag: [], outbox: [], processes: new Map() };
  say(`${label}: ${count} reports at ${rate}/s (${(count / rate).toFixed(0)} s)...`);
  const startedAt = Date.now();
  const generator = spawn(
    process.execPath,
    [path.join(repoRoot(), 'dist', 'bench', 'pipeline', 'load-generator.js'), planFile, resultsFile],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const generatorDone = new Promise<number | null>((resolve) => generator.once('close', resolve));
  let generatorRunning = true;
  void generatorDone.then(() => (generatorRunning = false));
  const mails: SinkMessage[] = [];
  let drainedAt: number | null = null;
  const sample = async (): Promise<void> => {
    const at = Date.now();
    const [lag, outbox] = await Promise.all([lagReader.read(), outboxReader.read()]);
    samples.at.push(at - startedAt);
    samples.lag.push(lag);
    samples.outbox.push(outbox);
    for (const [name, pid] of processesOf(platform, generatorRunning ? generator.pid : undefined)) {
      const taken = await sampleProcess(pid);
      if (taken) samples.processes.set(name, [...(samples.processes.get(name) ?? []), { at, sample: taken }]);
    }
    mails.push(...(await readSink()));
  };
  // Sample every second while sending, then until drained (or the drain timeout).
  let lastSecond = 0;
  let fellBehind: string | null = null;
  while (generatorRunning) {
    await sample();
    const lag = Object.values(samples.lag.at(-1)!).reduce((sum, value) => sum + value, 0);
    if (lag > maxLag && fellBehind === null) {
      // Going on would only pile up work that takes ever longer to drain: the rate is not sustainable.
      fellBehind = `the consumers fell ${maxBehind} reports' worth of messages behind (lag ${lag}) after ${samples.at.length} s`;
      generator.kill('SIGTERM');
    }
    lastSecond += 1;
    const wait = startedAt + lastSecond * 1000 - Date.now();
    if (wait > 0) await Promise.race([new Promise((resolve) => setTimeout(resolve, wait)), generatorDone]);
  }
  const { sendingMs, stoppedEarly, results } = JSON.parse(await readFile(resultsFile, 'utf8')) as {
    sendingMs: number;
    stoppedEarly: string | null;
    results: LoadResult[];
  };
  const accepted = results.filter((result) => result.status === 201);
  const acceptedIds = new Set(accepted.map((result) => result.id));
  const expectedAccepted = reports.filter((report) => report.worsens && acceptedIds.has(report.id)).length;
  const drainDeadline = Date.now() + drainTimeoutMs;
  while (Date.now() < drainDeadline) {
    await sample();
    const lag = samples.lag.at(-1)!;
    const outbox = samples.outbox.at(-1)!;
    const idle = Object.values(lag).every((value) => value === 0) && Object.values(outbox).every((value) => value === 0);
    const ownMails = mails.filter((mail) => byCode.has(mail.to.match(/-(\d+)@/)?.[1] ?? '')).length;
    if (idle && ownMails >= expectedAccepted) {
      drainedAt = Date.now();
      break;
    }
    if (samples.at.length % 10 === 0)
      say(
        `${label}: draining - lag ${JSON.stringify(lag)}, outbox ${JSON.stringify(outbox)}, ` +
          `e-mails ${ownMails} of ${expectedAccepted} expected`,
      );
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await lagReader.close();
  await outboxReader.close();
  const refused = new Map<string, number>();
  for (const result of results.filter((result) => result.status !== 201)) {
    const key = `${result.status} ${result.error?.slice(0, 120) ?? ''}`;
    refused.set(key, (refused.get(key) ?? 0) + 1);
  }
  // Only what was sent counts (the generator may have stopped early); reports never sent did not advance a sequence.
  // They are the end of the round-robin, so for each government the end of its own sequence: the next phase goes on
  // right after its last report sent.
  const sentIds = new Set(results.map((result) => result.id));
  for (const report of reports) if (!sentIds.has(report.id)) byCode.get(report.governmentCode)!.reportsSent -= 1;
  return {
    label,
    offeredRate: rate,
    sent: results.length,
    accepted: accepted.length,
    refused,
    sendingMs,
    stoppedEarly: fellBehind ?? stoppedEarly,
    throughMs: (drainedAt ?? Date.now()) - startedAt,
    drained: drainedAt !== null,
    results,
    reports: reports.filter((report) => sentIds.has(report.id)),
    mails,
    samples,
    startedAt,
  };
};

const describeGrowth = (name: string, series: number[]): string => {
  const verdict = growthVerdict(series);
  return (
    `  ${name.padEnd(28)} first ${String(verdict.first).padStart(6)}  peak ${String(verdict.peak).padStart(6)}  ` +
    `last ${String(verdict.last).padStart(6)}  trend ${verdict.slope.toFixed(2).padStart(7)}/s  ${verdict.grew ? 'GREW' : 'did not grow'}`
  );
};

const printPhase = (outcome: PhaseOutcome, governments: Government[], latency: boolean): number => {
  const sendingS = outcome.sendingMs / 1000;
  const throughS = outcome.throughMs / 1000;
  const rate = outcome.accepted / throughS;
  say(`--- ${outcome.label}: offered ${outcome.offeredRate} reports/s of ${INDICATORS.length} lines`);
  console.log(
    `  sent ${outcome.sent} in ${sendingS.toFixed(1)} s (${(outcome.sent / sendingS).toFixed(1)}/s), accepted (201) ${outcome.accepted}` +
      (outcome.stoppedEarly ? `; the generator stopped early: ${outcome.stoppedEarly}` : ''),
  );
  for (const [reason, count] of outcome.refused) console.log(`  refused ${count}x: ${reason}`);
  console.log(
    `  through the whole pipeline (stored, aggregated, checked, notified, e-mail accepted): ${rate.toFixed(1)} reports/s ` +
      `(${outcome.accepted} in ${throughS.toFixed(1)} s until every lag and outbox was empty` +
      `${outcome.drained ? '' : ' - NOT DRAINED within the timeout'})`,
  );
  const count = (test: (report: SentReport) => boolean): number => outcome.reports.filter(test).length;
  console.log(
    `  mix: ${outcome.reports.length} reports, ${count((report) => report.correction)} of them corrections, ` +
      `${count((report) => report.changesStatus)} change a status, ` +
      `${count((report) => report.worsens)} make a situation worse (an e-mail each)`,
  );
  // While sending only: the drain afterwards falls by construction.
  const sendingSamples = outcome.samples.at.filter((at) => at <= outcome.sendingMs).length;
  const groups = Object.keys(outcome.samples.lag[0] ?? {});
  console.log(`  consumer lag and outbox backlog, sampled every second while sending (${sendingSamples} samples):`);
  for (const group of groups)
    console.log(
      describeGrowth(
        `lag ${group}`,
        outcome.samples.lag.slice(0, sendingSamples).map((lag) => lag[group] ?? 0),
      ),
    );
  for (const service of Object.keys(outcome.samples.outbox[0] ?? {}))
    console.log(
      describeGrowth(
        `outbox ${service}`,
        outcome.samples.outbox.slice(0, sendingSamples).map((outbox) => outbox[service] ?? 0),
      ),
    );
  if (latency) {
    const resultsById = new Map(outcome.results.map((result) => [result.id, result]));
    const byCode = new Map(governments.map((government) => [government.code, government]));
    const sent = outcome.reports
      .filter((report) => report.worsens && resultsById.get(report.id)?.status === 201)
      .map((report) => ({ recipient: byCode.get(report.governmentCode)!.email, sentAt: resultsById.get(report.id)!.sentAt }));
    const recipients = new Set(governments.map((government) => government.email));
    const own = outcome.mails.filter((mail) => recipients.has(mail.to));
    const matched = matchArrivals(
      sent,
      own.map((mail) => ({ recipient: mail.to, arrivedAt: mail.arrivedAt })),
    );
    const summary = summariseLatencies(matched.latencies);
    console.log(
      `  request -> e-mail accepted by the sink (${summary.count} e-mails): p50 ${formatMs(summary.p50)}  p95 ${formatMs(summary.p95)}  ` +
        `p99 ${formatMs(summary.p99)}  max ${formatMs(summary.max)}` +
        (matched.missing + matched.unexpected > 0 ? `  (missing ${matched.missing}, unexpected ${matched.unexpected})` : ''),
    );
    const answers = summariseLatencies(
      outcome.results.filter((result) => result.status === 201).map((result) => result.answeredAt - result.sentAt),
    );
    console.log(
      `  POST /reports answered: p50 ${formatMs(answers.p50)}  p95 ${formatMs(answers.p95)}  ` +
        `p99 ${formatMs(answers.p99)}  max ${formatMs(answers.max)}`,
    );
  }
  return rate;
};

/** RSS and CPU of every process over its first and last ten seconds of samples. */
const printProcesses = (outcome: PhaseOutcome, which: 'first' | 'last', title: string): void => {
  console.log(`  ${title}:`);
  for (const [name, list] of outcome.samples.processes) {
    const window = which === 'first' ? list.slice(0, 11) : list.slice(-11);
    if (window.length < 2) continue;
    const [from, to] = [window[0]!, window.at(-1)!];
    const cpu = cpuShare(from.sample, to.sample, to.at - from.at);
    console.log(
      `    ${name.padEnd(16)} RSS ${formatMb(to.sample.rssBytes).padStart(7)}  CPU ${(cpu * 100).toFixed(0).padStart(4)}% of a core`,
    );
  }
};

/** Outbox rows the phases produced: how many events, of what size (the Kafka ceiling produces as many and as large). */
const producedEvents = async (platform: BenchPlatform, since: Date, until: Date): Promise<{ count: number; avgBytes: number }> => {
  let count = 0;
  let bytes = 0;
  for (const url of Object.values(platform.databaseUrls)) {
    const [row] = await withClient(
      url,
      async (client) =>
        (
          await client.query<{ count: string; bytes: string | null }>(
            'SELECT count(*) AS count, sum(octet_length(envelope::text)) AS bytes FROM outbox WHERE created_at >= $1 AND created_at <= $2',
            [since, until],
          )
        ).rows,
    );
    count += Number(row!.count);
    bytes += Number(row!.bytes ?? 0);
  }
  return { count, avgBytes: count === 0 ? 0 : Math.round(bytes / count) };
};

/** GET /figures per indicator against the sum of every government's latest accepted report (the highest version). */
const checkFigures = async (
  platform: BenchPlatform,
  abb: string,
  governments: Government[],
  phases: { reports: SentReport[]; results: LoadResult[] }[],
): Promise<string[]> => {
  const latest = new Map<string, { version: number; results: SentReport['results'] }>();
  for (const phase of phases) {
    const resultsById = new Map(phase.results.map((result) => [result.id, result]));
    for (const report of phase.reports) {
      const result = resultsById.get(report.id);
      if (result?.status !== 201 || result.version === null) continue;
      const known = latest.get(report.governmentCode);
      if (!known || result.version > known.version) latest.set(report.governmentCode, { version: result.version, results: report.results });
    }
  }
  const expected = new Map<string, { planned: number; realised: number }>();
  for (const government of governments)
    for (const { indicatorCode, target } of government.targets) {
      const entry = expected.get(indicatorCode) ?? { planned: 0, realised: 0 };
      entry.planned += target;
      entry.realised += latest.get(government.code)?.results.find((line) => line.indicatorCode === indicatorCode)?.achieved ?? 0;
      expected.set(indicatorCode, entry);
    }
  const figures = await request<{ indicatorCode: string | null; planned: number; realised: number; governmentCode: string | null }[]>(
    'GET',
    `${platform.url('reporting')}/figures?projectYear=1&level=indicator`,
    abb,
  );
  const problems: string[] = [];
  for (const [indicatorCode, want] of expected) {
    const row = figures.body.find((figure) => figure.indicatorCode === indicatorCode && figure.governmentCode === null);
    if (!row) problems.push(`${indicatorCode}: no row in GET /figures`);
    else if (row.realised !== want.realised || row.planned !== want.planned)
      problems.push(
        `${indicatorCode}: realised ${row.realised} (recomputed ${want.realised}), planned ${row.planned} (recomputed ${want.planned})`,
      );
  }
  return problems;
};

const main = async (): Promise<void> => {
  const runDir = await mkdtemp(path.join(tmpdir(), 'samenleven-bench-pipeline-'));
  say(`run folder ${runDir} (service logs, load plans and results)`);
  const platform = await startBenchPlatform({ label: 'pipeline', runDir, say });
  const replayDatabases: string[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanUp = (): Promise<void> =>
    (cleaning ??= (async () => {
      say('stopping...');
      await platform.stop();
      for (const copy of replayDatabases) await dropDatabase(platform.adminUrl, copy).catch(() => undefined);
      if (process.env.BENCH_KEEP_RUN_DIR !== 'true') await rm(runDir, { recursive: true, force: true });
    })());
  // Ctrl-C stops the services, the broker and the sink, and drops the databases, as the end of a run does.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      say(`${signal}`);
      void cleanUp().finally(() => process.exit(130));
    });
  try {
    const { abb, governments } = await setUpProgramme(platform);
    const latencyCount = Math.round(latencyRate * durationS);
    const throughputCount = Math.round(throughputRate * durationS);
    // A government's 13 indicators give 13 worse situations (e-mails) per period: the first report one, most for the
    // latency phase, which measures e-mails, the rest for the throughput phase, for a realistic share of e-mails there.

    // Copies of reporting's and notifications' databases before the captured reports, for the replay.
    const pipelineServices: ServiceName[] = ['reporting', 'notifications'];
    for (const service of pipelineServices) await platform.stopService(service);
    const copies = new Map<string, string>();
    for (const service of pipelineServices) {
      const source = new URL(platform.databaseUrls[service]).pathname.slice(1);
      const copy = `${source}_replay`;
      await withClient(platform.adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${copy} TEMPLATE ${source}`);
      });
      replayDatabases.push(copy);
      copies.set(source, databaseUrl(platform.adminUrl, copy));
    }
    const admin = new URL(platform.adminUrl);
    const proxy = await startCapturingProxy(admin.hostname, Number(admin.port || 5432));
    const viaProxy = (url: string): string => {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(proxy.port);
      return proxied.toString();
    };
    for (const service of pipelineServices) await platform.startService(service, 1, viaProxy(platform.databaseUrls[service]));
    const readSink = createSinkReader(platform.mailDir);
    const counter = createLagReader(platform.brokers);
    const messagesBefore = await counter.totalMessages();
    proxy.record();
    const capture = await runPhase(
      platform,
      governments,
      { label: 'capture', rate: Math.min(latencyRate, 100), count: captureReports, steps: 1 },
      readSink,
    );
    const captured: CapturedSession[] = proxy.finish();
    await writeFile(path.join(runDir, 'captured-statements.json'), JSON.stringify(summariseCapture(captured), null, 1));
    const capturedMessages = (await counter.totalMessages()) - messagesBefore;
    await counter.close();
    const maxLag = (capturedMessages / Math.max(1, capture.accepted)) * maxBehind;
    for (const service of pipelineServices) await platform.stopService(service);
    await proxy.stop();
    for (const service of pipelineServices) await platform.startService(service, instances);
    say(
      `captured ${captured.reduce((sum, session) => sum + session.statements.length, 0)} statements on ${captured.length} connections ` +
        `for ${capture.accepted} reports; reporting and notifications now run ${instances} instance(s) each, directly`,
    );

    const phases: PhaseOutcome[] = [capture];
    const latency = await runPhase(
      platform,
      governments,
      { label: 'latency', rate: latencyRate, count: latencyCount, steps: 9, maxLag },
      readSink,
    );
    phases.push(latency);
    const throughput =
      throughputRate > 0
        ? await runPhase(
            platform,
            governments,
            { label: 'throughput', rate: throughputRate, count: throughputCount, steps: 3, maxLag },
            readSink,
          )
        : undefined;
    if (throughput) phases.push(throughput);
    const measured = throughput ?? latency;
    const events = await producedEvents(platform, new Date(latency.startedAt), new Date(measured.startedAt + measured.throughMs));
    const measuredReports = latency.accepted + (throughput?.accepted ?? 0);
    const eventsPerReport = events.count / Math.max(1, measuredReports);

    say('ceilings: kafkajs alone, then PostgreSQL alone...');
    const kafkaCeiling = await measureKafkaCeiling(platform.brokers, {
      messages: Math.max(1000, events.count),
      sizeBytes: Math.max(100, events.avgBytes),
      partitions: TOPIC_PARTITIONS,
    });
    const replay = await replaySessions(captured, (database) => copies.get(database));

    console.log('');
    say(
      `=== pipeline benchmark, ${governmentCount} governments x ${INDICATORS.length} indicators, ` +
        `${instances} instance(s) of reporting and notifications`,
    );
    printPhase(latency, governments, true);
    printProcesses(latency, 'first', 'processes at warm-up (first 10 s of the latency phase)');
    const pipelineRate = throughput ? printPhase(throughput, governments, false) : latency.accepted / (latency.throughMs / 1000);
    printProcesses(measured, 'last', `processes at the end (last 10 s of the ${measured.label} phase, draining included)`);

    const kafkaReportsPerS = kafkaCeiling.messages / (kafkaCeiling.ms / 1000) / Math.max(eventsPerReport, 1e-9);
    const postgresReportsPerS = capture.accepted / (replay.ms / 1000);
    say('--- ceiling of this machine for the same work, same run');
    console.log(
      `  events: ${events.count} outbox rows for ${measuredReports} reports (${eventsPerReport.toFixed(2)} per report), ` +
        `${events.avgBytes} bytes on average`,
    );
    console.log(
      `  kafkajs alone: ${kafkaCeiling.messages} messages of ${kafkaCeiling.sizeBytes} bytes produced ` +
        `(idempotent, acks all, batches of 100) and consumed in ${(kafkaCeiling.ms / 1000).toFixed(1)} s: ` +
        `${(kafkaCeiling.messages / (kafkaCeiling.ms / 1000)).toFixed(0)} messages/s = ` +
        `${kafkaReportsPerS.toFixed(0)} reports/s`,
    );
    console.log(
      `  PostgreSQL alone: the ${replay.statements} statements captured from reporting and notifications for ${capture.accepted} reports ` +
        `(wire protocol, with their parameters; ${replay.idlePolls} polls that found nothing left out), replayed on copies of their ` +
        `databases over ${replay.sessions} connections in ` +
        `${(replay.ms / 1000).toFixed(1)} s: ${postgresReportsPerS.toFixed(0)} reports/s` +
        (replay.errors > 0 ? ` (${replay.errors} statements failed in replay order, e.g. ${replay.firstErrors[0]})` : ''),
    );
    // Where the statements go: per report and database, and the most frequent ones (all of them in the run folder).
    const summary = summariseCapture(captured);
    for (const database of new Set(captured.map((session) => session.database))) {
      const mine = summary.filter((entry) => entry.sql.startsWith(`${database}: `));
      const total = mine.reduce((sum, entry) => sum + entry.count, 0);
      console.log(`    ${database}: ${(total / Math.max(1, capture.accepted)).toFixed(0)} statements per report; most frequent:`);
      for (const entry of mine.slice(0, 3))
        console.log(
          `      ${(entry.count / Math.max(1, capture.accepted)).toFixed(1).padStart(6)}x ${entry.sql.slice(database.length + 2, 110)}`,
        );
    }
    const ceiling = Math.min(kafkaReportsPerS, postgresReportsPerS);
    console.log(
      `  pipeline ${pipelineRate.toFixed(1)} reports/s = ${((pipelineRate / ceiling) * 100).toFixed(1)}% of the slower ceiling ` +
        `(${kafkaReportsPerS < postgresReportsPerS ? 'Kafka' : 'PostgreSQL'}, ${ceiling.toFixed(0)} reports/s)`,
    );

    say('--- checks');
    const problems = await checkFigures(platform, abb, governments, phases);
    if (phases.some((phase) => !phase.drained))
      console.log('  (a phase did not drain within --drain-timeout: reporting still had reports to apply, so figures may differ)');
    console.log(
      problems.length === 0
        ? '  GET /figures equals the recomputation from the accepted reports, for every indicator'
        : `  FIGURES DIFFER:\n    ${problems.join('\n    ')}`,
    );
    const allMails = phases.flatMap((phase) => phase.mails);
    const twice = duplicates(allMails.map((mail) => mail.messageId).filter((id) => id !== ''));
    console.log(
      twice.size === 0
        ? `  no e-mail twice: ${allMails.length} messages in the sink, every Message-ID once`
        : `  E-MAIL SENT TWICE: ${twice.size} Message-IDs more than once, e.g. ${[...twice.keys()].slice(0, 3).join(', ')}`,
    );
    await writeFile(
      path.join(runDir, 'samples.json'),
      JSON.stringify(
        phases.map((phase) => ({ label: phase.label, at: phase.samples.at, lag: phase.samples.lag, outbox: phase.samples.outbox })),
      ),
    );
  } finally {
    await cleanUp();
  }
};

await main();
process.exit(0);
