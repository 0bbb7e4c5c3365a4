/**
 * Rebuilds a service's read models from what the service itself stores, and ends with the same figures the live
 * updates keep:
 *
 *   npm run rebuild -- reporting
 *
 * reporting: the aggregation read models (each government's figure per indicator, the totals per indicator, action,
 * objective and year, per government and programme-wide) from the committed targets and every stored report version,
 * in one transaction (readers keep the old figures until it commits; live updates wait for it); then the target
 * check's statuses and at-risk flags per government and project year, from the same sources, the returns that became
 * overdue and ABB's clearances, without announcing anything again. Reads the database like the service
 * (`REPORTING_DATABASE_URL`, else `DATABASE_URL`, else the local default), and its programme clock (the stored move, for
 * the time of a corrected row) and LAGGING_TOLERANCE as the service does, and runs its pending migrations first.
 * Prints a progress bar with its rate, then the year totals.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '#persistence';
import {
  databaseOptions,
  loadServiceConfig,
  openMigratedDataSource,
  ProgrammeClock,
  ProgrammeClockSync,
  type ServiceConfig,
} from '#platform';
import { SERVICES } from '../apps/service-registry.js';
import { StatusReconciler } from '../apps/reporting/src/application/check-targets/status-reconciler.js';
import { TargetCheckSettings } from '../apps/reporting/src/application/check-targets/target-check-settings.js';
import { RebuildFiguresHandler } from '../apps/reporting/src/application/rebuild-figures/rebuild-figures.handler.js';
import { RebuildStatusesHandler } from '../apps/reporting/src/application/rebuild-figures/rebuild-statuses.handler.js';
import { AtRiskFlagRepository } from '../apps/reporting/src/infrastructure/at-risk-flag.repository.js';
import { CommittedTargetRepository } from '../apps/reporting/src/infrastructure/committed-target.repository.js';
import { FiguresRepository } from '../apps/reporting/src/infrastructure/figures.repository.js';
import { IndicatorResultRepository } from '../apps/reporting/src/infrastructure/indicator-result.repository.js';
import { ReportRepository } from '../apps/reporting/src/infrastructure/report.repository.js';
import { ReturnDeadlineRepository } from '../apps/reporting/src/infrastructure/return-deadline.repository.js';
import { progressPrinter, type Progress } from './rebuild/progress-bar.js';

type Rebuild = (dataSource: DataSource, config: ServiceConfig, onProgress: (progress: Progress) => void) => Promise<string[]>;

/** What can be rebuilt, per service: the read models a service keeps from its own stored facts. */
const REBUILDS: Record<string, Rebuild> = {
  reporting: async (dataSource, config, onProgress) => {
    const unitOfWork = new UnitOfWork(dataSource);
    const figures = new FiguresRepository(unitOfWork);
    let figureRows = 0;
    const outcome = await new RebuildFiguresHandler(unitOfWork, figures).execute((progress) => {
      figureRows = progress.total;
      onProgress(progress);
    });
    const results = new IndicatorResultRepository(unitOfWork);
    const reconciler = new StatusReconciler(
      results,
      new AtRiskFlagRepository(unitOfWork),
      new CommittedTargetRepository(unitOfWork),
      new ReportRepository(unitOfWork),
      new ReturnDeadlineRepository(unitOfWork),
      new TargetCheckSettings(config.laggingTolerance),
    );
    const clock = new ProgrammeClock(config.programmeClock);
    await new ProgrammeClockSync(unitOfWork, clock).refresh();
    // One bar for both: the governments x years whose statuses are checked follow the figures' source rows.
    const statuses = await new RebuildStatusesHandler(unitOfWork, results, reconciler, clock).execute(({ done, total }) =>
      onProgress({ done: figureRows + done, total: figureRows + total }),
    );
    const lines = [
      `read ${outcome.targets} committed targets and ${outcome.reports} report versions; ` +
        `wrote ${outcome.figures} government figures and ${outcome.totals} totals`,
      `checked the statuses of ${statuses.governmentYears} governments x project years; ` +
        `corrected ${statuses.corrected} status and flag rows (nothing announced)`,
    ];
    for (const projectYear of [1, 2, 3])
      for (const total of await figures.programmeTotals(projectYear, 'year'))
        lines.push(
          `project year ${projectYear}: planned ${total.planned}, realised ${total.realised}, ` +
            `${total.governmentsReported}/${total.governments} governments reported, ` +
            `${total.targetsReached}/${total.targets} targets reached`,
        );
    return lines;
  },
};

const main = async (): Promise<number> => {
  const [service, ...rest] = process.argv.slice(2);
  const rebuild = service === undefined ? undefined : REBUILDS[service];
  const manifest = SERVICES.find((candidate) => candidate.name === service);
  if (!rebuild || !manifest || rest.length > 0) {
    console.error(`usage: npm run rebuild -- <service>; services with read models to rebuild: ${Object.keys(REBUILDS).join(', ')}`);
    return 2;
  }
  const config = loadServiceConfig(manifest);
  const dataSource = await openMigratedDataSource(
    databaseOptions({
      service: manifest.name,
      databaseUrl: config.databaseUrl,
      entities: [...manifest.entities],
      migrations: [...manifest.migrations],
    }),
  );
  try {
    console.log(`rebuilding the read models of ${manifest.name}`);
    const printer = progressPrinter((text) => process.stdout.write(text), process.stdout.isTTY === true);
    const lines = await rebuild(dataSource, config, (progress) => printer.update(progress));
    const elapsed = printer.finish();
    console.log(`done in ${elapsed < 1000 ? `${elapsed} ms` : `${(elapsed / 1000).toFixed(1)} s`}`);
    for (const line of lines) console.log(line);
    return 0;
  } finally {
    await dataSource.destroy();
  }
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
