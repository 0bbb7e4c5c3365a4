/**
 * Whether reporting's cost stays flat as the programme grows: the time to apply one report and to answer GET /figures
 * with 100, 1,000 and 10,000 governments in the read model, and the rate of `npm run rebuild -- reporting`. Prints its
 * figures; asserts nothing (README, "Performance").
 *
 *   npm run bench:scale -- [--sizes 100,1000,10000] [--versions 5] [--samples 20]
 *
 * Reporting runs as a process of its own (from dist/, as npm start runs it) on a broker and database of the
 * benchmark's own, its programme clock in the interim period. Ten sample governments get their targets the way
 * applications announces them (targets-committed on Kafka) and report through POST /reports. The other governments
 * are copies of the first sample's stored facts (its committed targets and `--versions` versions of its report, new
 * ids and codes, written in SQL: through the API 10,000 governments would take hours on this machine), and the read
 * model is built from those facts by `npm run rebuild -- reporting`, whose rate is measured on the way. Then, at each
 * size: GET /figures (programme-wide per indicator, and one row per government), and a sample government's new report
 * from the POST until GET /figures shows its figure.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { targetsCommittedV3 } from '#contracts';
import { toKafkaMessage } from '#messaging';
import { committedTarget, eventually, request, testEnvelope, testTargetsCommitted, withClient } from '#testing';
import { repoRoot } from '../scripts/infra/local-paths.js';
import { formatMs, summariseLatencies } from './pipeline/bench-figures.js';
import { startBenchPlatform } from './pipeline/bench-platform.js';
import { BENCH_INDICATORS as INDICATORS } from './pipeline/synthetic-reports.js';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    versions: { type: 'string', default: '5' },
    samples: { type: 'string', default: '20' },
  },
});
const sizes = flags.sizes.split(',').map(Number);
const versions = Number(flags.versions);
const samples = Number(flags.samples);
const say = (line: string): void => void process.stdout.write(`[scale] ${line}\n`);

const SAMPLE_GOVERNMENTS = Array.from({ length: 10 }, (_, index) => String(80000 + index));
const COPY_BASE = 90000;

interface FigureRow {
  indicatorCode: string | null;
  governmentCode: string | null;
  realised: number;
  governments: number;
}

/** The columns of a table but the ones a copy replaces, for INSERT ... SELECT. */
const otherColumns = async (url: string, table: string, replaced: string[]): Promise<string[]> =>
  withClient(url, async (client) =>
    (
      await client.query<{ column_name: string }>(
        'SELECT column_name FROM information_schema.columns ' +
          'WHERE table_name = $1 AND table_schema = current_schema() ORDER BY ordinal_position',
        [table],
      )
    ).rows
      .map((row) => row.column_name)
      .filter((name) => !replaced.includes(name)),
  );

/** Runs `npm run rebuild -- reporting` on the benchmark's database; its own figures from its output. */
const rebuild = (databaseUrl: string): Promise<{ ms: number; toolMs: number; events: number; output: string }> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '-s', 'rebuild', '--', 'reporting'], {
      cwd: repoRoot(),
      env: { ...process.env, REPORTING_DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (code) => {
      const ms = performance.now() - started;
      const match = /read (\d+) committed targets and (\d+) report versions/.exec(output);
      if (code !== 0 || !match) return reject(new Error(`rebuild failed (exit ${code}):\n${output.slice(-2000)}`));
      // The tool's own time (reading and writing, without Node's start-up and the migrations check): "done in 812 ms" or "in 4.2 s".
      const done = /done in ([\d.]+) (ms|s)/.exec(output);
      const toolMs = done ? Number(done[1]) * (done[2] === 's' ? 1000 : 1) : ms;
      resolve({ ms, toolMs, events: Number(match[1]) + Number(match[2]), output });
    });
  });

const main = async (): Promise<void> => {
  const runDir = await mkdtemp(path.join(tmpdir(), 'samenleven-bench-scale-'));
  const platform = await startBenchPlatform({
    label: 'scale',
    runDir,
    only: ['reporting'],
    // Straight into the interim period: reports are taken, nothing else needs the clock moved.
    env: { PROGRAMME_CLOCK_START: '2023-03-20T09:00:00Z' },
    say,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void platform.stop().finally(() => process.exit(130)));
  const kafka = new Kafka({ clientId: 'bench-scale', brokers: platform.brokers.split(','), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  try {
    const reporting = platform.url('reporting');
    const url = platform.databaseUrls.reporting;
    const abb = await platform.issuer.token({ role: 'abb' });
    const tokens = new Map(
      await Promise.all(
        SAMPLE_GOVERNMENTS.map(async (code) => [code, await platform.issuer.token({ role: 'government', org: code })] as const),
      ),
    );
    await producer.connect();
    // The sample governments' targets as applications announces them.
    await producer.send({
      topic: targetsCommittedV3.topic,
      acks: -1,
      messages: SAMPLE_GOVERNMENTS.map((code) =>
        toKafkaMessage(
          testEnvelope(
            targetsCommittedV3,
            code,
            testTargetsCommitted(
              code,
              1,
              INDICATORS.map((indicatorCode) => committedTarget(indicatorCode, { currentReach: 10, approvedAdditionalReach: 5 })),
            ),
          ),
        ),
      ),
    });
    await eventually(
      async () => {
        const targets = await request<unknown[]>('GET', `${reporting}/targets?projectYear=1`, abb);
        if (targets.body.length !== SAMPLE_GOVERNMENTS.length * INDICATORS.length) throw new Error('targets not yet recorded');
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    let sequence = 0;
    /** POSTs a new version of a sample government's report and waits until GET /figures shows its A05 figure. */
    const applyOne = async (code: string): Promise<{ answeredMs: number; appliedMs: number }> => {
      sequence += 1;
      const achieved = 100 + sequence;
      const started = performance.now();
      const response = await request('POST', `${reporting}/reports`, tokens.get(code), {
        governmentCode: code,
        periodCode: 'PJ1-INTERIM',
        results: INDICATORS.map((indicatorCode) => ({ indicatorCode, achieved: indicatorCode === 'A05' ? achieved : 8 })),
      });
      if (response.status !== 201) throw new Error(`report refused: ${response.status} ${JSON.stringify(response.body)}`);
      const answeredMs = performance.now() - started;
      for (;;) {
        const figures = await request<FigureRow[]>('GET', `${reporting}/figures?projectYear=1&governmentCode=${code}`, abb);
        if (figures.body.find((row) => row.indicatorCode === 'A05')?.realised === achieved) break;
        if (performance.now() - started > 120_000) throw new Error(`report of ${code} not applied after 120 s`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return { answeredMs, appliedMs: performance.now() - started };
    };
    for (const code of SAMPLE_GOVERNMENTS) await applyOne(code);
    // More versions of the first sample's report, the template of the copies' report history.
    for (let version = 2; version <= versions; version += 1) await applyOne(SAMPLE_GOVERNMENTS[0]!);

    const targetColumns = await otherColumns(url, 'committed_target', ['government_code', 'application_id']);
    const reportColumns = await otherColumns(url, 'report', ['id', 'government_code', 'idempotency_key', 'request_fingerprint']);
    const rows: string[] = [];
    let copies = 0;
    for (const size of sizes) {
      const wanted = Math.max(0, size - SAMPLE_GOVERNMENTS.length);
      if (wanted > copies) {
        await withClient(url, async (client) => {
          const list = (columns: string[]): string => columns.map((column) => client.escapeIdentifier(column)).join(', ');
          await client.query(
            `INSERT INTO committed_target (government_code, application_id, ${list(targetColumns)})
             SELECT (${COPY_BASE} + n)::text, gen_random_uuid(), ${list(targetColumns)}
             FROM committed_target, generate_series($1::int, $2::int - 1) AS n WHERE government_code = $3`,
            [copies, wanted, SAMPLE_GOVERNMENTS[0]],
          );
          await client.query(
            `INSERT INTO report (id, government_code, idempotency_key, request_fingerprint, ${list(reportColumns)})
             SELECT gen_random_uuid(), (${COPY_BASE} + n)::text, NULL, NULL, ${list(reportColumns)}
             FROM report, generate_series($1::int, $2::int - 1) AS n WHERE government_code = $3`,
            [copies, wanted, SAMPLE_GOVERNMENTS[0]],
          );
        });
        copies = wanted;
      }
      say(`${size} governments: rebuilding the read model from their stored facts...`);
      const rebuilt = await rebuild(url);
      const figureTimes: number[] = [];
      for (let index = 0; index < samples; index += 1) {
        const started = performance.now();
        const response = await request<FigureRow[]>('GET', `${reporting}/figures?projectYear=1`, abb);
        figureTimes.push(performance.now() - started);
        if (index === 0) {
          const governments = response.body.find((row) => row.indicatorCode === 'A05')?.governments;
          if (governments !== size) throw new Error(`GET /figures counts ${governments} governments on A05, expected ${size}`);
        }
      }
      const perGovernmentTimes: number[] = [];
      for (let index = 0; index < Math.min(samples, 5); index += 1) {
        const started = performance.now();
        await request('GET', `${reporting}/figures?projectYear=1&level=government`, abb);
        perGovernmentTimes.push(performance.now() - started);
      }
      const applied: number[] = [];
      const answered: number[] = [];
      for (let index = 0; index < samples; index += 1) {
        const outcome = await applyOne(SAMPLE_GOVERNMENTS[index % SAMPLE_GOVERNMENTS.length]!);
        applied.push(outcome.appliedMs);
        answered.push(outcome.answeredMs);
      }
      const [figures, perGovernment, apply, answer] = [figureTimes, perGovernmentTimes, applied, answered].map(summariseLatencies);
      rows.push(
        `  ${String(size).padStart(6)}  ${formatMs(figures!.p50).padStart(7)} ${formatMs(figures!.p95).padStart(7)}   ` +
          `${formatMs(perGovernment!.p50).padStart(8)}   ${formatMs(answer!.p50).padStart(7)}   ` +
          `${formatMs(apply!.p50).padStart(7)} ${formatMs(apply!.p95).padStart(7)}   ` +
          `${String(rebuilt.events).padStart(7)}  ${(rebuilt.toolMs / 1000).toFixed(1).padStart(5)} s = ` +
          `${(rebuilt.events / (rebuilt.toolMs / 1000)).toFixed(0).padStart(6)}/s` +
          `  (whole process ${(rebuilt.ms / 1000).toFixed(1)} s = ${(rebuilt.events / (rebuilt.ms / 1000)).toFixed(0)}/s)`,
      );
      say(rows.at(-1)!.trim());
    }
    console.log('');
    say(
      `reporting alone, ${INDICATORS.length} indicators per government, ` +
        `${versions} report versions per copied government; ${samples} samples each`,
    );
    console.log(
      '  govern-  GET /figures       GET /figures   POST      report -> figure    npm run rebuild -- reporting: events (targets +\n' +
        '  ments    p50     p95        per govt p50   p50       p50     p95         report versions), its own time and rate',
    );
    for (const row of rows) console.log(row);
  } finally {
    await producer.disconnect().catch(() => undefined);
    await platform.stop();
    await rm(runDir, { recursive: true, force: true });
  }
};

await main();
process.exit(0);
