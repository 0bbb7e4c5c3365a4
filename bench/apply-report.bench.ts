/**
 * The reporting stage alone: what applying one report of 13 lines costs in SQL statements (database round trips) and
 * time, one at a time and with many governments' reports applied at once, on the real database without the broker
 * (ApplyReportHandler as the report-submitted consumer calls it). Prints its figures; asserts nothing (README,
 * "Performance").
 *
 *   npm run build && node dist/bench/apply-report.bench.js -- [--governments 200] [--sequential 50] [--burst 40] [--rounds 5]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { committedTarget, startUseCasesUnderTest, testReportV2, testTargetsCommitted } from '#testing';
import { ApplyReportHandler } from '../apps/reporting/src/application/apply-report/apply-report.handler.js';
import { RecordTargetsHandler } from '../apps/reporting/src/application/record-targets/record-targets.handler.js';
import { reportingManifest } from '../apps/reporting/src/reporting.manifest.js';
import { formatMs, summariseLatencies } from './pipeline/bench-figures.js';
import { BENCH_INDICATORS as INDICATORS } from './pipeline/synthetic-reports.js';

const { values: flags } = parseArgs({
  options: {
    governments: { type: 'string', default: '200' },
    sequential: { type: 'string', default: '50' },
    burst: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '5' },
    'print-statements': { type: 'boolean', default: false },
  },
});
const governmentCount = Number(flags.governments);
const say = (line: string): void => void process.stdout.write(`[apply-report] ${line}\n`);

const TARGET = 1000;

const main = async (): Promise<void> => {
  process.env.LOG_LEVEL ??= 'warn';
  const reporting = await startUseCasesUnderTest({ manifest: reportingManifest, label: 'bench_apply_report' });
  try {
    // Every statement the service sends goes through a query runner: counting its calls counts the round trips.
    const dataSource = reporting.get(DataSource);
    const runner = dataSource.createQueryRunner();
    const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    let statements = 0;
    let recorded: string[] | undefined;
    const query = prototype.query;
    prototype.query = function counted(this: unknown, ...args: unknown[]): Promise<unknown> {
      statements += 1;
      recorded?.push(String(args[0]).replace(/\s+/g, ' ').slice(0, 160));
      return query.apply(this, args);
    };

    const governments = Array.from({ length: governmentCount }, (_, index) => String(60000 + index));
    const started = performance.now();
    for (const governmentCode of governments)
      await reporting.get(RecordTargetsHandler).execute(
        testTargetsCommitted(
          governmentCode,
          1,
          INDICATORS.map((indicatorCode) => committedTarget(indicatorCode, { approvedAdditionalReach: TARGET })),
        ),
      );
    say(`${governmentCount} governments with 13 targets each recorded in ${formatMs(performance.now() - started)}`);

    const versions = new Map<string, number>();
    // Each version moves the figures: alternately on track and lagging on some indicators, never below 25%.
    const reportOf = (governmentCode: string) => {
      const version = (versions.get(governmentCode) ?? 0) + 1;
      versions.set(governmentCode, version);
      return testReportV2(
        governmentCode,
        'PJ1-INTERIM',
        version,
        INDICATORS.map((indicatorCode, index) => ({
          indicatorCode,
          achieved: 300 + ((version * 37 + index * 53) % 400),
          motivation: null,
        })),
      );
    };
    const apply = reporting.get(ApplyReportHandler);

    const sequential = Number(flags.sequential);
    const sequentialTimes: number[] = [];
    const before = statements;
    for (let index = 0; index < sequential; index += 1) {
      const report = reportOf(governments[index % governments.length]!);
      const at = performance.now();
      await apply.execute(report);
      sequentialTimes.push(performance.now() - at);
    }
    const perReport = (statements - before) / sequential;
    const one = summariseLatencies(sequentialTimes);
    say(
      `one at a time (${sequential} reports of 13 lines, first reports and corrections): ${perReport.toFixed(1)} statements per report, ` +
        `p50 ${formatMs(one.p50)}, p95 ${formatMs(one.p95)}`,
    );

    if (flags['print-statements']) {
      recorded = [];
      await apply.execute(reportOf(governments[0]!));
      say(`the statements of one correction:\n  ${recorded.join('\n  ')}`);
      recorded = undefined;
    }

    const burst = Math.min(Number(flags.burst), governments.length);
    const latencies: number[] = [];
    let elapsed = 0;
    const burstBefore = statements;
    for (let round = 0; round < Number(flags.rounds); round += 1) {
      const reports = governments.slice(0, burst).map(reportOf);
      const at = performance.now();
      await Promise.all(
        reports.map(async (report) => {
          await apply.execute(report);
          latencies.push(performance.now() - at);
        }),
      );
      elapsed += performance.now() - at;
    }
    const many = summariseLatencies(latencies);
    say(
      `bursts of ${burst} governments' reports at once (${flags.rounds} rounds): ` +
        `${(latencies.length / (elapsed / 1000)).toFixed(0)} reports/s, ` +
        `${((statements - burstBefore) / latencies.length).toFixed(1)} statements per report, ` +
        `until applied p50 ${formatMs(many.p50)}, p95 ${formatMs(many.p95)}, max ${formatMs(many.max)}`,
    );
  } finally {
    await reporting.stop();
  }
};

await main();
