import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from '#testing';
import { DEMO_PROGRAMME_START, runDemoScenario } from '../scripts/demo/demo-scenario.js';
import { readMailFolder } from './support/mail-folder.js';
import { startPlatformUnderTest, type PlatformUnderTest } from './support/platform-under-test.js';

interface Delivery {
  governmentCode: string | null;
  kind: string;
  channel: string;
}

/**
 * The living demo of `npm start` at a reduced scale (the named cities, VGC, vzw de Rand and one group) against all five
 * services on the real broker, with the e-mails in an SMTP sink: the year is played through the APIs while the clock
 * moves, and its effects are where a new user would look. A second run adds nothing.
 */
describe('the living demo of npm start, at a reduced scale', () => {
  let platform: PlatformUnderTest;
  let abb: string;
  const lines: string[] = [];

  const run = () =>
    runDemoScenario(
      platform.urls,
      (tokenRequest) => platform.issuer.token(tokenRequest),
      (line) => {
        lines.push(line);
        // DEMO_TEST_PROGRESS=1 shows the demo's progress while the test runs.
        if (process.env.DEMO_TEST_PROGRESS === '1') process.stdout.write(`${line}\n`);
      },
      { scale: 'small' },
    );
  const get = async <T>(url: string): Promise<T> => {
    const answer = await request<T>('GET', url, abb);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const deliveries = (kind: string) => get<Delivery[]>(`${platform.urls.notifications}/deliveries?kind=${kind}`);

  beforeAll(async () => {
    // As under npm start: the clock starts in June 2022 (also for the first digest round at start-up), the digest is mailed.
    platform = await startPlatformUnderTest('demo', {
      PROGRAMME_CLOCK_START: DEMO_PROGRAMME_START,
      ABB_DIGEST_RECIPIENTS: 'opvolging@abb.vlaanderen.example',
    });
    platform.setProgrammeClock(new Date(DEMO_PROGRAMME_START));
    abb = await platform.issuer.token({ role: 'abb' });
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  }, 60_000);

  it('plays project year 1: decisions, payments, networks, reports, notices and one recovery', async () => {
    const summary = await run();
    expect(summary).toMatchObject({ ran: true, applications: 13 });
    expect(lines.some((line) => line.includes('decisions committed: 13'))).toBe(true);

    // Mechelen's and Oostende's published subsidy for actions, committed as applied for.
    const commitments = await get<{ governmentCode: string; linesCents: number }[]>(`${platform.urls.budgeting}/commitments?projectYear=1`);
    expect(commitments).toHaveLength(13);
    expect(commitments.find((commitment) => commitment.governmentCode === '12025')?.linesCents).toBe(600_000_00);
    expect(commitments.find((commitment) => commitment.governmentCode === '35013')?.linesCents).toBe(651_230_00);

    const money = await get<{ paidCents: number; recoveredCents: number; ledger: { balanced: boolean } }>(
      `${platform.urls.budgeting}/money/overview?projectYear=1`,
    );
    expect(money.paidCents).toBeGreaterThan(0);
    expect(money.recoveredCents).toBeGreaterThan(0);
    expect(money.ledger.balanced).toBe(true);
    const recoveries = await get<{ status: string }[]>(`${platform.urls.budgeting}/recoveries?projectYear=1`);
    expect(recoveries.map((recovery) => recovery.status)).toEqual(['confirmed']);

    const networks = await get<{ id: string }[]>(`${platform.urls.mentorships}/networks`);
    expect(networks.map((network) => network.id).sort()).toEqual([
      'network-12025-A09-PJ1',
      'network-12025-A22-PJ1',
      'network-35013-A09-PJ1',
      'network-35013-A10-PJ1',
      'network-44021-A05-PJ1',
    ]);
    const sessions = await get<{ registrations: { attendedAt: string | null }[] }[]>(
      `${platform.urls.mentorships}/networks/network-12025-A22-PJ1/sessions`,
    );
    expect(sessions).toHaveLength(3);
    expect(sessions.flatMap((session) => session.registrations).some((registration) => registration.attendedAt !== null)).toBe(true);

    const interim = await get<{ governmentCode: string; late: boolean }[]>(`${platform.urls.reporting}/reports?periodCode=PJ1-INTERIM`);
    expect(interim.some((report) => report.late)).toBe(true);

    // What the platform sent on its own as the clock moved.
    const mails = await readMailFolder(platform.mailDir);
    for (const kind of [
      'subsidy-awarded',
      'reminder',
      'overdue',
      'lagging',
      'at-risk',
      'payment-released',
      'network-invitation',
      'session-planned',
    ])
      expect({ kind, sent: (await deliveries(kind)).length > 0 }).toEqual({ kind, sent: true });
    expect((await deliveries('network-behind')).length).toBeGreaterThan(0);
    expect((await deliveries('abb-digest')).length).toBeGreaterThan(0);
    expect(mails.some((mail) => mail.to === 'opvolging@abb.vlaanderen.example' && /dagoverzicht/.test(mail.subject))).toBe(true);
    const gent = (await deliveries('lagging')).filter((delivery) => delivery.governmentCode === '44021');
    expect(gent.length).toBeGreaterThan(0);
    expect(mails.some((mail) => mail.to === 'samenleven@gent.example' && /achter op schema/.test(mail.subject))).toBe(true);
  }, 600_000);

  it('adds nothing when it runs again', async () => {
    const count = async () => ({
      applications: (await get<unknown[]>(`${platform.urls.applications}/applications`)).length,
      reports: (await get<unknown[]>(`${platform.urls.reporting}/reports`)).length,
      payments: (await get<{ status: string }[]>(`${platform.urls.budgeting}/payments?projectYear=1`))
        .map((payment) => payment.status)
        .sort(),
      sessions: (await get<unknown[]>(`${platform.urls.mentorships}/networks/network-12025-A22-PJ1/sessions`)).length,
    });
    const before = await count();
    expect(await run()).toMatchObject({ ran: false });
    expect(await count()).toEqual(before);
  }, 120_000);
});
