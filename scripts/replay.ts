import { parseArgs } from 'node:util';
import { differences, renderTable, rowsOf } from './replay/difference-table.js';
import { generateProgramme } from './replay/programme-generator.js';
import { FIGURE_PARTS, publishedFigures, type FigurePart } from './replay/published-figures.js';
import { startReplayEnvironment } from './replay/replay-environment.js';
import { replayCalendar, runReplay } from './replay/replay-run.js';

/**
 * `npm run replay -- --year 1 [--seed N] [--only action2,oostende]`: generates a programme whose applications,
 * decisions and reports add up to what the government published for that project year, feeds it through the
 * platform's HTTP APIs in an environment of its own (scripts/replay/replay-environment.ts), waits until the pipeline is
 * idle and prints the published figures, the platform's own and their difference. Exits 1 when any differs.
 */
const { values } = parseArgs({
  options: {
    year: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const usage = `usage: npm run replay -- --year 1|2 [--seed N] [--only ${FIGURE_PARTS.join(',')}]\n`;
const projectYear = Number(values.year);
const seed = Number(values.seed);
const parts = (values.only?.split(',') ?? [...FIGURE_PARTS]) as FigurePart[];
if (values.help || ![1, 2].includes(projectYear) || !Number.isSafeInteger(seed) || parts.some((part) => !FIGURE_PARTS.includes(part))) {
  process.stdout.write(usage);
  process.exit(values.help ? 0 : 2);
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const started = Date.now();
const programme = generateProgramme({ projectYear, seed, parts });
const calendar = replayCalendar(projectYear);
const environment = await startReplayEnvironment({ clockStart: calendar.clockStart, say });
let code = 1;
// Ctrl-C still drops the replay's databases and stops what it started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void environment.stop().finally(() => process.exit(130)));
try {
  say(`replay environment: ${environment.describe.join('; ')}`);
  const terminal = process.stdout.isTTY === true;
  const figures = await runReplay(programme, {
    urls: environment.urls,
    metricsUrls: environment.metricsUrls,
    tokens: { abb: await environment.token({ role: 'abb' }), government: (org) => environment.token({ role: 'government', org }) },
    say,
    ...(terminal ? { progress: (text: string, final: boolean) => void process.stdout.write(`\r${text}${final ? '\n' : ''}`) } : {}),
  });
  const rows = rowsOf(publishedFigures(projectYear, parts), figures);
  say('');
  process.stdout.write(renderTable(rows));
  const differing = differences(rows);
  say('');
  say(
    differing.length === 0
      ? `every figure as published (project year ${projectYear}, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s)`
      : `${differing.length} figure(s) differ from what was published`,
  );
  code = differing.length === 0 ? 0 : 1;
} catch (error) {
  process.stderr.write(`replay failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await environment.stop();
}
process.exit(code);
