import type { TokenRequest } from '#auth';
import { DemoClient, type DemoOptions, type DemoUrls } from './demo-client.js';
import { buildDemoPlan } from './demo-plan.js';
import { runCallToDecision, readYearOneActions } from './stage-call.js';
import { runAdvancesAndCofinancing, runBalancesAndRecovery } from './stage-money.js';
import { awaitNetworks, runNetworksSetUp, runSessions } from './stage-networks.js';
import { prepareRegister, readRegister } from './stage-register.js';
import { runAnnualPeriod, runInterimPeriod } from './stage-reports.js';

/**
 * The living demo of `npm start`: project year 1 of Plan Samenleven played through the public HTTP APIs, the way ABB,
 * the governments and the mentors would, while the programme clock is moved from June 2022 to October 2023, so the
 * mail sink fills with what the platform sends on its own (reminders, overdue notices, lagging and at-risk signals,
 * network invitations and sessions, payments, the recovery, ABB's daily digest). Counts of inhabitants of non-EU origin
 * are demo values (no public source); e-mail addresses are example.* ones.
 *
 * Runs once: a platform whose year-1 recovery is confirmed holds the whole demo and is left alone; one that holds part
 * of it (an interrupted start) is resumed, each stage skipping what exists (and the clock only ever moves forward).
 */
export const DEMO_PROGRAMME_START = '2022-06-15T09:00:00Z';

export interface DemoSummary {
  /** false when the demo existed already and nothing was added. */
  ran: boolean;
  applications: number;
  governments: number;
}

export const runDemoScenario = async (
  urls: DemoUrls,
  issue: (request: TokenRequest) => Promise<string>,
  say: (line: string) => void,
  options: DemoOptions = { scale: 'full' },
): Promise<DemoSummary> => {
  const demo = new DemoClient(urls, issue, say);
  const confirmed = await demo.get<unknown[]>('budgeting', '/recoveries?projectYear=1&status=confirmed');
  const calls = await demo.get<unknown[]>('applications', '/calls');
  if (confirmed.length > 0) {
    say('demo data: the demo programme of project year 1 is there already; nothing added');
    return { ran: false, applications: 0, governments: 0 };
  }
  if (calls.length > 0) demo.say('a demo programme was started before: resuming it where it stopped');
  const started = Date.now();
  const register = await readRegister(demo);
  const actions = await readYearOneActions(demo);
  const budget = await demo.get<{ budgetCents: number }>('budgeting', '/budget?projectYear=1');
  const plan = buildDemoPlan(register, actions, options.scale, budget.budgetCents / 100);
  demo.say(`plan: ${plan.applicants.length} applications from ${plan.governments.length} governments (${options.scale} scale)`);

  const groupCodes = await prepareRegister(demo, plan, register);
  const clock = await demo.get<{ movable: boolean }>('applications', '/programme-clock');
  if (!clock.movable) {
    // A production-mode platform (docker compose) keeps real time: the demo stops at an open call with its applications.
    await runCallToDecision(demo, plan, groupCodes, { decide: false });
    demo.say('the programme clock cannot be moved here (PLATFORM_MODE=production): the call stays open with its applications');
    return { ran: true, applications: plan.applicants.length, governments: plan.governments.length };
  }
  await runCallToDecision(demo, plan, groupCodes, { decide: true });
  await runAdvancesAndCofinancing(demo, plan);
  const networks = await awaitNetworks(demo, plan);
  await runNetworksSetUp(demo, networks);
  await runSessions(demo, networks, '2023-01-01', '2023-04-01');
  await runInterimPeriod(demo, plan);
  await runSessions(demo, networks, '2023-04-01', '2023-07-01');
  const behindSince = new Date(Date.now() - 1_000);
  if (await demo.moveClockTo('2023-07-01T00:30:00Z', "the networks' sessions are checked (at least three a year)"))
    await demo.awaitNotices('network-behind', behindSince, 1, 30_000);
  const accepted = await runAnnualPeriod(demo, plan);
  await runBalancesAndRecovery(demo, plan, accepted);
  const digestSince = new Date(Date.now() - 1_000);
  if (await demo.moveClockTo('2023-10-23T08:00:00Z', "the demo ends; ABB's daily digest names the last days"))
    await demo.awaitNotices('abb-digest', digestSince, 1, 35_000);
  demo.say(`done in ${Math.round((Date.now() - started) / 1000)} s; see the README, "The living demo", for what to look at`);
  return { ran: true, applications: plan.applicants.length, governments: plan.governments.length };
};
