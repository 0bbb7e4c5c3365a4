import 'reflect-metadata';
import { reportSubmittedV2, targetsCommittedV3 } from '#contracts';
import {
  committedTarget,
  createTestDatabase,
  eventually,
  startServiceUnderTest,
  testEnvelope,
  testReportV2,
  testTargetsCommitted,
} from '#testing';
import { reportingManifest } from '../../apps/reporting/src/reporting.manifest.js';
import { loadWebConfig } from '../../apps/web/src/web-config.js';
import { startWebApp } from '../../apps/web/src/web-app.js';
import { freePort } from '../../scripts/infra/kafka-broker.js';

/** The integration tier's own setup and teardown (Kafka and PostgreSQL): .mts files, which tsc lets no .ts file name statically. */
const tier = async (file: string): Promise<() => Promise<void>> =>
  ((await import(new URL(`../${file}`, import.meta.url).href)) as { default: () => Promise<void> }).default;
const globalSetup = await tier('global-setup.mts');
const globalTeardown = await tier('global-teardown.mts');

/**
 * What the browser tests run against, in a process of its own (Playwright's runner does not resolve the sources'
 * `#lib` imports): the integration tier's broker and PostgreSQL, the real reporting service with its development
 * issuer, and the web app serving the built front-end. Prints one JSON line with the web app's URL when ready; stops
 * everything on SIGTERM.
 */
await globalSetup();
const reporting = await startServiceUnderTest({ manifest: reportingManifest, label: 'browser' });
const database = await createTestDatabase('browser_web');
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const web = await startWebApp(
  loadWebConfig({
    PLATFORM_MODE: 'development',
    DATABASE_URL: database.url,
    OIDC_ISSUER: reporting.issuer.issuer,
    WEB_PUBLIC_URL: origin,
    WEB_REPORTING_URL: reporting.url,
  }),
  { port, host: '127.0.0.1' },
);

// Gent and Antwerpen have committed targets for project year 1; Gent has reported on its interim period.
await reporting.publish(
  testEnvelope(
    targetsCommittedV3,
    '44021',
    testTargetsCommitted('44021', 1, [
      committedTarget('A05', { currentReach: 100, approvedAdditionalReach: 400 }),
      committedTarget('A22', { approvedAdditionalReach: 2 }),
    ]),
  ),
  testEnvelope(targetsCommittedV3, '11002', testTargetsCommitted('11002', 1, [committedTarget('A05', { approvedAdditionalReach: 2250 })])),
);
const abb = await reporting.issuer.token({ role: 'abb' });
await eventually(async () => {
  const targets = await reporting.get<unknown[]>('/targets?projectYear=1', abb);
  if (targets.body.length < 3) throw new Error('the targets are not in yet');
});
// The report after the targets it reports on are in: reporting refuses a report on a target it does not know.
await reporting.publish(
  testEnvelope(
    reportSubmittedV2,
    '44021',
    testReportV2('44021', 'PJ1-INTERIM', 1, [
      { indicatorCode: 'A05', achieved: 150 },
      { indicatorCode: 'A22', achieved: 1 },
    ]),
  ),
);
await eventually(async () => {
  const statuses = await reporting.get<{ indicatorCode: string; achieved: number | null }[]>(
    '/statuses?governmentCode=44021&projectYear=1',
    abb,
  );
  if (!statuses.body.some((status) => status.indicatorCode === 'A05' && status.achieved === 150))
    throw new Error('the report is not in yet');
});

process.stdout.write(`${JSON.stringify({ ready: true, webUrl: origin })}\n`);

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await web.close();
  await database.drop();
  await reporting.stop();
  await globalTeardown();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
