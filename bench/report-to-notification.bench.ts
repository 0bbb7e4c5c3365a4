/**
 * End-to-end latency from POST /reports to the lagging e-mail in the SMTP sink, and sustained
 * throughput of report submissions, on a real broker and database. Prints its figures; asserts nothing.
 *
 *   npm run bench -- [--governments 40] [--rounds 3]
 *
 * Latency = the e-mail file's mtime (written by the sink on arrival) minus the moment the request was sent.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { awardThroughCall, eventually, queryDatabase, request, syntheticGovernment } from '#testing';
import { ensureKafkaJars, startKafka } from '../scripts/infra/kafka-broker.js';
import { simpleParser } from 'mailparser';
import { startPlatformUnderTest } from '../test/support/platform-under-test.js';

const { values } = parseArgs({ options: { governments: { type: 'string', default: '40' }, rounds: { type: 'string', default: '3' } } });
// The services log warnings only, so the figures are not buried in request logs (LOG_LEVEL=info shows them).
process.env.LOG_LEVEL ??= 'warn';
const governmentCount = Number(values.governments);
const rounds = Number(values.rounds);

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** `shiftMs` turns a programme-clock timestamp into wall time (reporting dates its rows on the programme clock). */
const queryOne = async (url: string, sql: string, shiftMs = 0): Promise<Map<string, number>> =>
  new Map(
    (await queryDatabase<{ government_code: string; at: Date }>(url, sql)).map((row) => [row.government_code, row.at.getTime() - shiftMs]),
  );

/** Where the time goes, from the timestamps each service wrote: submitted -> checked -> queued -> sent. */
const printStages = async (databaseUrls: Record<'reporting' | 'notifications', string>, programmeOffsetMs: number): Promise<void> => {
  const submitted = await queryOne(
    databaseUrls.reporting,
    "SELECT government_code, min(submitted_at) AS at FROM report WHERE government_code LIKE '7%' GROUP BY 1",
    programmeOffsetMs,
  );
  const checked = await queryOne(
    databaseUrls.reporting,
    "SELECT government_code, min(updated_at) AS at FROM indicator_result WHERE government_code LIKE '7%' GROUP BY 1",
    programmeOffsetMs,
  );
  const queued = await queryOne(
    databaseUrls.notifications,
    "SELECT government_code, min(created_at) AS at FROM notification WHERE channel = 'email' GROUP BY 1",
  );
  const sent = await queryOne(
    databaseUrls.notifications,
    "SELECT government_code, min(sent_at) AS at FROM notification WHERE channel = 'email' GROUP BY 1",
  );
  const stage = (name: string, from: Map<string, number>, to: Map<string, number>): void => {
    const spans = [...from]
      .filter(([code]) => to.has(code))
      .map(([code, at]) => to.get(code)! - at)
      .sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(44)} p50 ${percentile(spans, 50).toFixed(0).padStart(5)}  p95 ${percentile(spans, 95).toFixed(0).padStart(5)}  ms`,
    );
  };
  console.log('  stages (database timestamps):');
  stage('report stored -> target checked (reporting)', submitted, checked);
  stage('target checked -> e-mail queued (notifications)', checked, queued);
  stage('e-mail queued -> accepted by SMTP', queued, sent);
};

const main = async (): Promise<void> => {
  const kafkaDir = await mkdtemp(path.join(tmpdir(), 'samenleven-bench-kafka-'));
  await ensureKafkaJars();
  const kafka = await startKafka({ port: 29092, controllerPort: 29093, dataDir: kafkaDir });
  process.env.KAFKA_BROKERS = kafka.brokers;
  const platform = await startPlatformUnderTest('bench');
  try {
    const abb = await platform.issuer.token({ role: 'abb' });
    const governments = Array.from({ length: governmentCount * rounds }, (_, index) =>
      syntheticGovernment(index, { codeBase: 70000, label: 'Bench' }),
    );
    const tokens = new Map<string, string>();
    for (const government of governments) {
      const registered = await request('POST', `${platform.urls.applications}/governments`, abb, government);
      if (registered.status !== 201) throw new Error(`government ${government.code} refused: ${registered.status}`);
      tokens.set(government.code, await platform.issuer.token({ role: 'government', org: government.code }));
    }
    // Their targets come from a year-1 call they all apply to, decided as budgeting proposes.
    platform.setProgrammeClock(new Date('2022-06-15T09:00:00Z'));
    await awardThroughCall(
      platform.urls,
      abb,
      { projectYear: 1, opensAt: '2022-06-01T00:00:00Z', closesAt: '2022-07-15T22:00:00Z' },
      governments.map((government) => ({
        governmentCode: government.code,
        token: tokens.get(government.code)!,
        lines: [{ indicatorCode: 'A05', currentReach: 100, additionalReach: 900, priority: 1 }],
      })),
    );
    await eventually(
      async () => {
        const figures = await request<{ governments: number }[]>('GET', `${platform.urls.reporting}/figures?projectYear=1`, abb);
        if (figures.body[0]?.governments !== governments.length) throw new Error('targets not yet known to reporting');
      },
      { timeoutMs: 120_000 },
    );
    // The interim period has started (1 October 2022): reports are taken from then on.
    const interimDate = new Date('2023-03-20T09:00:00Z');
    platform.setProgrammeClock(interimDate);
    const programmeOffsetMs = interimDate.getTime() - Date.now();

    // The sink writes each message to a file when it arrives: its mtime is the arrival time.
    const arrivals = new Map<string, number>();
    const seenFiles = new Set<string>();
    const collectArrivals = async (): Promise<void> => {
      for (const file of await readdir(platform.mailDir)) {
        if (seenFiles.has(file) || !file.endsWith('.eml')) continue;
        seenFiles.add(file);
        const fullPath = path.join(platform.mailDir, file);
        const parsed = await simpleParser(await readFile(fullPath));
        const to = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text;
        if (to) arrivals.set(to, (await stat(fullPath)).mtimeMs);
      }
    };
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let sustainedSeconds = 0;
    for (let round = 0; round < rounds; round += 1) {
      const batch = governments.slice(round * governmentCount, (round + 1) * governmentCount);
      const started = performance.now();
      await Promise.all(
        batch.map(async (government) => {
          sentAt.set(government.contacts[0]!.email, Date.now());
          const response = await request('POST', `${platform.urls.reporting}/reports`, tokens.get(government.code), {
            governmentCode: government.code,
            periodCode: 'PJ1-INTERIM',
            results: [{ indicatorCode: 'A05', achieved: 10 }],
          });
          if (response.status !== 201) throw new Error(`report refused: ${response.status}`);
        }),
      );
      sustainedSeconds += (performance.now() - started) / 1000;
      await eventually(
        async () => {
          await collectArrivals();
          if (batch.some((government) => !arrivals.has(government.contacts[0]!.email))) throw new Error('waiting for e-mail');
        },
        { timeoutMs: 60_000, intervalMs: 20 },
      );
      for (const government of batch)
        latencies.push(arrivals.get(government.contacts[0]!.email)! - sentAt.get(government.contacts[0]!.email)!);
    }
    latencies.sort((a, b) => a - b);
    const reports = governmentCount * rounds;
    console.log(`report -> lagging e-mail in the sink, ${reports} reports in ${rounds} bursts of ${governmentCount}`);
    console.log(
      `  latency ms: p50 ${percentile(latencies, 50).toFixed(0)}  p95 ${percentile(latencies, 95).toFixed(0)}  ` +
        `p99 ${percentile(latencies, 99).toFixed(0)}  max ${latencies.at(-1)?.toFixed(0)}`,
    );
    console.log(`  submissions accepted: ${(reports / sustainedSeconds).toFixed(1)} reports/s`);
    await printStages(platform.databaseUrls, programmeOffsetMs);
  } finally {
    await platform.stop();
    await kafka.stop();
    await rm(kafkaDir, { recursive: true, force: true });
  }
};

await main();
