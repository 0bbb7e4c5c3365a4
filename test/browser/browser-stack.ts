import 'reflect-metadata';
import {
  applyTo,
  awaitDecided,
  closeCallAndAwaitProposal,
  createTestDatabase,
  eventually,
  openCall,
  prepareGovernment,
  request,
} from '#testing';
import { loadWebConfig } from '../../apps/web/src/web-config.js';
import { startWebApp } from '../../apps/web/src/web-app.js';
import { freePort } from '../../scripts/infra/kafka-broker.js';
import { startPlatformUnderTest } from '../support/platform-under-test.js';

/** The integration tier's own setup and teardown (Kafka and PostgreSQL): .mts files, which tsc lets no .ts file name statically. */
const tier = async (file: string): Promise<() => Promise<void>> =>
  ((await import(new URL(`../${file}`, import.meta.url).href)) as { default: () => Promise<void> }).default;
const globalSetup = await tier('global-setup.mts');
const globalTeardown = await tier('global-teardown.mts');

const say = (line: string): void => void process.stderr.write(`[browser-stack] ${line}\n`);

/**
 * What the browser tests run against, in a process of its own (Playwright's runner does not resolve the sources'
 * `#lib` imports): the whole platform as `npm start` starts it, on the integration tier's broker and PostgreSQL:
 * all five services, the mail sink, the development issuer (with its login page) and the web app wired to all five,
 * serving the built front-end, with a small programme of its own (npm start's living demo plays the whole year and
 * takes minutes; these tests walk through the year themselves). Prints one JSON line with the web app's URL (and the mail
 * folder) when ready; stops everything on SIGTERM.
 */
await globalSetup();
const platform = await startPlatformUnderTest('browser');
// June 2022, while the year-1 call is open, as where npm start's demo begins.
platform.setProgrammeClock(new Date('2022-06-15T09:00:00Z'));
const database = await createTestDatabase('browser_web');
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const web = await startWebApp(
  loadWebConfig({
    PLATFORM_MODE: 'development',
    DATABASE_URL: database.url,
    OIDC_ISSUER: platform.issuer.issuer,
    WEB_PUBLIC_URL: origin,
    WEB_APPLICATIONS_URL: platform.urls.applications,
    WEB_BUDGETING_URL: platform.urls.budgeting,
    WEB_REPORTING_URL: platform.urls.reporting,
    WEB_MENTORSHIPS_URL: platform.urls.mentorships,
    WEB_NOTIFICATIONS_URL: platform.urls.notifications,
  }),
  { port, host: '127.0.0.1' },
);

const { urls, issuer } = platform;
const abb = await issuer.token({ role: 'abb' });
const gent = await issuer.token({ role: 'government', org: '44021' });
const expectOk = <T>(answer: { status: number; body: T }, status: number, what: string): T => {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

// The year-1 call open, Antwerpen and Mechelen applied (Mechelen with a mentorship on action 22, Pleinmakers).
// Counts of inhabitants of non-EU origin are demo values: the register ships none.
for (const [code, nonEuOriginInhabitants] of [
  ['44021', 60_000],
  ['11002', 150_000],
  ['12025', 15_000],
] as const)
  await prepareGovernment(urls, abb, code, { nonEuOriginInhabitants, contactEmail: `samenleven@${code}.example` });
const callId = await openCall(urls, abb, { projectYear: 1, opensAt: '2022-06-01T00:00:00Z', closesAt: '2022-07-15T22:00:00Z' });
await applyTo(urls, callId, {
  governmentCode: '11002',
  token: await issuer.token({ role: 'government', org: '11002' }),
  lines: [{ indicatorCode: 'A05', currentReach: 1000, additionalReach: 2250, priority: 1 }],
});
await applyTo(urls, callId, {
  governmentCode: '12025',
  token: await issuer.token({ role: 'government', org: '12025' }),
  lines: [
    { indicatorCode: 'A05', currentReach: 200, additionalReach: 800, priority: 1 },
    { indicatorCode: 'A22', currentReach: 0, additionalReach: 2, priority: 2 },
  ],
  mentorships: [{ actionNumber: 22, motivation: 'Mechelen begeleidt een lerend netwerk Pleinmakers.' }],
});
say(`call ${callId} of project year 1 is open; Antwerpen and Mechelen applied`);

/*
 * What the browser tests need on top, as the README's walk-through goes on: Gent applies, ABB closes the call and
 * decides Gent's and Antwerpen's applications as requested (their advances fall due, their targets reach reporting);
 * Mechelen's stays undecided, for ABB to decide in the browser. ABB moves the clock to October 2022 and Gent reports
 * on its interim period.
 */
const [call] = expectOk(await request<{ id: string }[]>('GET', `${urls.applications}/calls`, abb), 200, 'GET /calls');
const gentLines = [
  { indicatorCode: 'A05', currentReach: 100, additionalReach: 400, priority: 1 },
  { indicatorCode: 'A22', currentReach: 0, additionalReach: 2, priority: 2 },
];
const gentApplication = await applyTo(urls, call!.id, { governmentCode: '44021', token: gent, lines: gentLines });
await closeCallAndAwaitProposal(urls, abb, call!.id);
const applications = expectOk(
  await request<{ id: string; governmentCode: string; lines: { indicatorCode: string; additionalReach: number }[] }[]>(
    'GET',
    `${urls.applications}/applications?callId=${call!.id}`,
    abb,
  ),
  200,
  'GET /applications',
);
const antwerpen = applications.find((application) => application.governmentCode === '11002')!;
for (const application of [applications.find((candidate) => candidate.id === gentApplication)!, antwerpen])
  expectOk(
    await request('POST', `${urls.applications}/applications/${application.id}/decision`, abb, {
      lines: application.lines.map((line) => ({ indicatorCode: line.indicatorCode, approvedAdditionalReach: line.additionalReach })),
    }),
    202,
    `POST /applications/${application.id}/decision`,
  );
await awaitDecided(urls, abb, [gentApplication, antwerpen.id]);
await eventually(async () => {
  const targets = await request<unknown[]>('GET', `${urls.reporting}/targets?projectYear=1`, abb);
  if (targets.body.length < 3) throw new Error('the targets are not in reporting yet');
});
// The interim period opens on 1 October 2022: ABB moves the programme clock there, as on the clock page.
expectOk(
  await request('POST', `${urls.applications}/programme-clock`, abb, { to: '2022-10-03T08:00:00.000Z' }),
  200,
  'POST /programme-clock',
);
await eventually(async () => {
  const answer = await request('POST', `${urls.reporting}/reports`, gent, {
    governmentCode: '44021',
    periodCode: 'PJ1-INTERIM',
    results: [
      { indicatorCode: 'A05', achieved: 150 },
      { indicatorCode: 'A22', achieved: 1 },
    ],
  });
  // Reporting follows the clock through its own database within about a second.
  expectOk(answer, 201, 'POST /reports');
});
say('ready: Gent and Antwerpen decided, Mechelen waiting for a decision, Gent reported on PJ1-INTERIM');

process.stdout.write(`${JSON.stringify({ ready: true, webUrl: origin, mailDir: platform.mailDir })}\n`);

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await web.close();
  await database.drop();
  await platform.stop();
  await globalTeardown();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
