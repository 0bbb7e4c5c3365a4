import { parseArgs } from 'node:util';
import { renderChaosResult, runChaos } from './chaos/chaos-run.js';

/**
 * `npm run chaos -- [--seed 1] [--reports 200] [--faults 9]`: a stream of reports and corrections while services
 * and the broker are killed and database connections dropped, then checks that nothing was lost, duplicated or
 * left stuck (scripts/chaos/chaos-run.ts). Exits 1 when a check fails. Needs PostgreSQL on 127.0.0.1:5432.
 */
const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    reports: { type: 'string', default: '200' },
    faults: { type: 'string', default: '9' },
    governments: { type: 'string', default: '12' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write('usage: npm run chaos -- [--seed N] [--reports N] [--faults N] [--governments N]\n');
  process.exit(0);
}
const result = await runChaos({
  seed: Number(values.seed),
  reports: Number(values.reports),
  faults: Number(values.faults),
  governments: Number(values.governments),
});
process.stdout.write(renderChaosResult(result));
process.exit(result.verdict.failures.length === 0 ? 0 : 1);
