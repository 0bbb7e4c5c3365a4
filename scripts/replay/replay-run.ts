import { allIndicators, findProjectYear } from '#catalogue';
import { applyTo, closeCallAndAwaitProposal, eventually, openCall, prepareGovernment, request, type JsonResponse } from '#testing';
import { progressText } from './difference-table.js';
import { waitForIdlePipeline } from './pipeline-idle.js';
import { firstVersionOf, type ReplayApplication, type ReplayProgramme } from './programme-generator.js';
import { publishedFigures } from './published-figures.js';

/**
 * Feeds a generated programme through the platform's public HTTP APIs as ABB and the governments would (register,
 * groups, call, applications, decisions, co-financing, mentees, interim and annual reports with corrections, the
 * programme clock moved through the year), waits until the pipeline is idle, and reads the platform's own figures
 * back under the keys of publishedFigures.
 */
export interface ReplayUrls {
  applications: string;
  budgeting: string;
  reporting: string;
  mentorships: string;
}

export interface ReplayTokens {
  abb: string;
  government(code: string): Promise<string>;
}

export interface ReplayTarget {
  urls: ReplayUrls;
  /** Every service's GET /metrics. */
  metricsUrls: string[];
  tokens: ReplayTokens;
  say?: (line: string) => void;
  /** Draws the progress bar; by default a line per tenth of the way. */
  progress?: (text: string, final: boolean) => void;
}

const EUR = 100;

/** When things happen in a project year: the call in June and July before it starts, the reports just before their due dates. */
export const replayCalendar = (projectYear: number) => {
  const year = findProjectYear(projectYear);
  if (!year) throw new Error(`project year ${projectYear} is not in the catalogue`);
  const startYear = Number(year.start.slice(0, 4));
  const [interim, annual] = year.reportingPeriods as [(typeof year.reportingPeriods)[number], (typeof year.reportingPeriods)[number]];
  const before = (date: string, days: number) => new Date(Date.parse(`${date}T09:00:00Z`) - days * 86_400_000).toISOString();
  return {
    clockStart: `${startYear}-06-15T09:00:00Z`,
    call: { projectYear, opensAt: `${startYear}-06-01T00:00:00Z`, closesAt: `${startYear}-07-15T22:00:00Z` },
    interim: { code: interim.code, at: before(interim.due, 12) },
    annual: { code: annual.code, at: before(annual.due, 10) },
  };
};

const expect = <T>(response: JsonResponse<T>, statuses: number[], what: string): T => {
  if (!statuses.includes(response.status)) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
};

/** Runs `work` over the items, `concurrency` at a time; the order within one item's work is kept. */
const inParallel = async <T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
};

export const runReplay = async (programme: ReplayProgramme, target: ReplayTarget): Promise<Map<string, number>> => {
  const { urls, tokens } = target;
  const say = target.say ?? (() => undefined);
  const calendar = replayCalendar(programme.projectYear);
  const apps = programme.applications;
  const reportsOf = (application: ReplayApplication) => (application.interim === 'missing' ? 0 : 1) + 1 + application.corrections.length;
  const total =
    programme.governments.length +
    programme.groups.length +
    apps.length * 4 +
    apps.filter((application) => application.cofinancingCents !== null).length +
    programme.mentees.reduce((sum, entry) => sum + entry.memberCodes.length, 0) +
    apps.reduce((sum, application) => sum + reportsOf(application), 0);
  let done = 0;
  let printedTenth = -1;
  const draw = target.progress ?? ((text: string) => say(text));
  const step = (count = 1): void => {
    done += count;
    const tenth = Math.floor((done / total) * 10);
    if (target.progress) target.progress(progressText(done, total), false);
    else if (tenth > printedTenth) {
      printedTenth = tenth;
      draw(progressText(done, total), false);
    }
  };
  const tokenCache = new Map<string, Promise<string>>();
  const tokenOf = (code: string): Promise<string> => {
    let token = tokenCache.get(code);
    if (!token) tokenCache.set(code, (token = tokens.government(code)));
    return token;
  };

  say(
    `replaying project year ${programme.projectYear} (seed ${programme.seed}): ` +
      `${apps.length} applications, ${programme.groups.length} groups`,
  );
  await inParallel(programme.governments, 4, async (government) => {
    await prepareGovernment(urls, tokens.abb, government.code, {
      nonEuOriginInhabitants: government.nonEuOriginInhabitants,
      contactEmail: `samenleven@${government.code}.example`,
    });
    step();
  });
  const groupCodes = new Map<string, string>();
  for (const group of programme.groups) {
    const formed = expect(
      await request<{ groupCode: string }>('POST', `${urls.applications}/groups`, tokens.abb, {
        projectYear: programme.projectYear,
        ...group,
      }),
      [201],
      `POST /groups ${group.name}`,
    );
    groupCodes.set(group.name, formed.groupCode);
    step();
  }

  const callId = await openCall(urls, tokens.abb, calendar.call);
  const applicationIds = new Map<ReplayApplication, string>();
  await inParallel(apps, 4, async (application) => {
    const id = await applyTo(urls, callId, {
      governmentCode: application.governmentCode,
      token: await tokenOf(application.governmentCode),
      ...(application.groupName ? { groupCode: groupCodes.get(application.groupName)! } : {}),
      lines: application.lines.map((line) => ({
        indicatorCode: line.indicatorCode,
        currentReach: line.currentReach,
        additionalReach: line.requestedAdditionalReach,
        priority: line.priority,
      })),
      mentorships: application.mentorships.map((actionNumber) => ({
        actionNumber,
        motivation: `Wij begeleiden een lerend netwerk op actie ${actionNumber}.`,
      })),
    });
    applicationIds.set(application, id);
    step(3);
  });
  await closeCallAndAwaitProposal(urls, tokens.abb, callId);
  say('call closed, allocation proposed; ABB decides every application');
  await inParallel(apps, 4, async (application) => {
    const body = {
      lines: application.lines.map((line) => {
        const fewer = line.approvedAdditionalReach < line.requestedAdditionalReach;
        const lowered = line.amountCents < rateCents(line);
        return {
          indicatorCode: line.indicatorCode,
          approvedAdditionalReach: line.approvedAdditionalReach,
          ...(lowered ? { amountCents: line.amountCents } : {}),
          ...(lowered || fewer
            ? {
                reason: lowered
                  ? 'Lager bedrag: het budget van de actie volstaat niet voor meer.'
                  : 'Realistischer bereik na het gesprek met het bestuur.',
              }
            : {}),
        };
      }),
      stimuli: application.mentorships.map((actionNumber) => ({ kind: 'mentorship', actionNumber, granted: true })),
    };
    expect(
      await request('POST', `${urls.applications}/applications/${applicationIds.get(application)}/decision`, tokens.abb, body),
      [202],
      'decision',
    );
    step();
  });
  await awaitFinalDecisions(urls, tokens.abb, [...applicationIds.values()]);
  say('every decision final: budget committed, targets published');

  await inParallel(
    apps.filter((application) => application.cofinancingCents !== null),
    4,
    async (application) => {
      expect(
        await request(
          'PUT',
          `${urls.budgeting}/cofinancing/${application.governmentCode}/${programme.projectYear}`,
          await tokenOf(application.governmentCode),
          {
            declaredCents: application.cofinancingCents,
            source: 'Eigen middelen, budget Samenleven',
          },
        ),
        [200],
        `co-financing of ${application.governmentCode}`,
      );
      step();
    },
  );

  if (programme.mentees.length > 0) {
    const networks = await eventually(
      async () => {
        const listed = expect(
          await request<{ id: string; mentorCode: string; actionNumber: number; projectYear: number }[]>(
            'GET',
            `${urls.mentorships}/networks`,
            tokens.abb,
          ),
          [200],
          'networks',
        );
        const ofYear = listed.filter((network) => network.projectYear === programme.projectYear);
        if (ofYear.length < programme.mentees.length)
          throw new Error(`${ofYear.length} of ${programme.mentees.length} learning networks opened`);
        return ofYear;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    for (const entry of programme.mentees) {
      const network = networks.find(
        (candidate) => candidate.mentorCode === entry.mentorCode && candidate.actionNumber === entry.actionNumber,
      )!;
      await inParallel(entry.memberCodes, 4, async (code) => {
        expect(
          await request('PUT', `${urls.mentorships}/networks/${network.id}/members/${code}`, tokens.abb),
          [200],
          `member ${code} of ${network.id}`,
        );
        step();
      });
    }
  }

  const moveClock = async (to: string): Promise<void> => {
    expect(await request('POST', `${urls.applications}/programme-clock`, tokens.abb, { to }), [200], `programme clock to ${to}`);
    say(`programme clock moved to ${to.slice(0, 10)}; waiting until every service has it`);
    // The move travels to the other services as an event; they read the stored move every second.
    await waitForIdlePipeline(target.metricsUrls);
  };
  const submit = async (
    application: ReplayApplication,
    periodCode: string,
    results: { indicatorCode: string; achieved: number | null; motivation?: string }[],
  ): Promise<void> => {
    const token = await tokenOf(application.governmentCode);
    // The first report after a move may reach reporting before its clock follows (it reads the move within a second).
    await eventually(
      async () =>
        expect(
          await request('POST', `${urls.reporting}/reports`, token, { governmentCode: application.governmentCode, periodCode, results }),
          [201],
          `report ${periodCode} of ${application.governmentCode}`,
        ),
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    step();
  };
  const interimResults = (application: ReplayApplication) =>
    application.lines.map((line) => ({ indicatorCode: line.indicatorCode, achieved: line.interim }));
  const fileInterim = async (application: ReplayApplication): Promise<void> => {
    if (application.corrections.includes('interim'))
      await submit(application, calendar.interim.code, firstVersionOf(interimResults(application)));
    await submit(application, calendar.interim.code, interimResults(application));
  };
  await moveClock(calendar.interim.at);
  await inParallel(
    apps.filter((application) => application.interim === 'on-time'),
    4,
    fileInterim,
  );
  await moveClock(calendar.annual.at);
  await inParallel(
    apps.filter((application) => application.interim === 'late'),
    4,
    fileInterim,
  );
  await inParallel(apps, 4, async (application) => {
    const results = (values: { indicatorCode: string; achieved: number | null }[]) =>
      values.map((line, index) => {
        const planned = application.lines[index]!;
        const below = (line.achieved ?? 0) < planned.currentReach + planned.approvedAdditionalReach;
        return below
          ? { ...line, motivation: 'Minder deelnemers dan gepland; de werking loopt verder in het volgende projectjaar.' }
          : line;
      });
    const final = application.lines.map((line) => ({ indicatorCode: line.indicatorCode, achieved: line.annual }));
    if (application.corrections.includes('annual')) await submit(application, calendar.annual.code, results(firstVersionOf(final)));
    await submit(application, calendar.annual.code, results(final));
  });
  if (target.progress) target.progress(progressText(done, total), true);
  else if (printedTenth < 10) draw(progressText(done, total), true);

  say('every request answered; waiting until the pipeline is idle (consumer lag 0, outbox empty)');
  await waitForIdlePipeline(target.metricsUrls);
  return readPlatformFigures(programme, urls, tokens.abb);
};

/**
 * Budgeting commits a year's decisions one at a time under the year's lock, so a whole call takes a while on a busy
 * machine: asks again about the pending ones only, with a generous ceiling.
 */
const awaitFinalDecisions = async (urls: ReplayUrls, abb: string, applicationIds: string[], timeoutMs = 900_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let pending = [...applicationIds];
  while (pending.length > 0) {
    const statuses = await Promise.all(
      pending.map(async (id) => {
        const decision = expect(
          await request<{ status: string }>('GET', `${urls.applications}/applications/${id}/decision`, abb),
          [200],
          'decision',
        );
        return { id, status: decision.status };
      }),
    );
    const refused = statuses.find((entry) => entry.status !== 'decided' && entry.status !== 'decision-pending');
    if (refused) throw new Error(`application ${refused.id}: decision is ${refused.status}`);
    pending = statuses.filter((entry) => entry.status !== 'decided').map((entry) => entry.id);
    if (pending.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending.length} decisions still pending after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
};

const rateCents = (line: { approvedAdditionalReach: number; indicatorCode: string }): number =>
  line.approvedAdditionalReach * (INDICATOR_RATES.get(line.indicatorCode) ?? 0) * EUR;
const INDICATOR_RATES = new Map(allIndicators().map((indicator) => [indicator.code, indicator.eurPerKpi]));

interface FigureRow {
  actionNumber: number | null;
  indicatorCode: string | null;
  planned: number;
  realised: number;
}

const CITY_CODES: Record<string, string> = { Mechelen: '12025', Oostende: '35013' };

/** The platform's own figures (reporting's aggregates, budgeting's money, applications' groups, mentorships' networks). */
export const readPlatformFigures = async (programme: ReplayProgramme, urls: ReplayUrls, abb: string): Promise<Map<string, number>> => {
  const year = programme.projectYear;
  const get = async <T>(url: string): Promise<T> => expect(await request<T>('GET', url, abb), [200], `GET ${url}`);
  const overview = await get<{ committedCents: number }>(`${urls.budgeting}/money/overview?projectYear=${year}`);
  const moneyActions = await get<{ actionNumber: number | null; committedCents: number }[]>(
    `${urls.budgeting}/money/actions?projectYear=${year}`,
  );
  const actionFigures = await get<FigureRow[]>(`${urls.reporting}/figures?projectYear=${year}&level=action`);
  const targets = await get<{ governmentCode: string; indicatorCode: string }[]>(`${urls.reporting}/targets?projectYear=${year}`);
  const groups = await get<{ leadCode: string; memberCodes: string[] }[]>(`${urls.applications}/groups?projectYear=${year}`);
  const networks = await get<{ id: string; mentorCode: string; actionNumber: number; projectYear: number }[]>(
    `${urls.mentorships}/networks`,
  );
  const actionOf = new Map(allIndicators().map((indicator) => [indicator.code, indicator.actionNumber]));
  const figures = new Map<string, number>();
  for (const figure of publishedFigures(year, programme.parts)) {
    const [subject, measure] = figure.key.split('.') as [string, string];
    let value: number | undefined;
    if (figure.key === 'programme.awardedEur') value = overview.committedCents / EUR;
    else if (subject.startsWith('action')) {
      const actions = subject
        .replace(/^actions? /, '')
        .split('+')
        .map(Number);
      const rows = actionFigures.filter((row) => row.actionNumber !== null && actions.includes(row.actionNumber));
      if (measure === 'budgetEur')
        value =
          moneyActions
            .filter((row) => row.actionNumber !== null && actions.includes(row.actionNumber))
            .reduce((sum, row) => sum + row.committedCents, 0) / EUR;
      else if (measure === 'planned') value = rows.reduce((sum, row) => sum + row.planned, 0);
      else if (measure === 'realised') value = rows.reduce((sum, row) => sum + row.realised, 0);
      else if (measure === 'localGovernments') {
        // Governments with a target on the action; a group's lead holds the targets for all its members.
        const holders = new Set(
          targets.filter((entry) => actions.includes(actionOf.get(entry.indicatorCode) ?? -1)).map((entry) => entry.governmentCode),
        );
        value = [...holders].reduce((sum, code) => sum + (groups.find((group) => group.leadCode === code)?.memberCodes.length ?? 1), 0);
      }
    } else {
      const code = CITY_CODES[subject];
      if (code) value = await cityFigure(urls, year, code, measure, networks, get);
    }
    if (value !== undefined) figures.set(figure.key, value);
  }
  return figures;
};

const cityFigure = async (
  urls: ReplayUrls,
  year: number,
  code: string,
  measure: string,
  networks: { id: string; mentorCode: string; actionNumber: number; projectYear: number }[],
  get: <T>(url: string) => Promise<T>,
): Promise<number | undefined> => {
  const own = networks.filter((network) => network.mentorCode === code && network.projectYear === year);
  if (measure === 'actions')
    return (await get<FigureRow[]>(`${urls.reporting}/figures?projectYear=${year}&level=action&governmentCode=${code}`)).filter(
      (row) => row.planned > 0,
    ).length;
  if (measure === 'subsidyEur')
    return (
      ((await get<{ linesCents: number }[]>(`${urls.budgeting}/money/governments?projectYear=${year}&governmentCode=${code}`))[0]
        ?.linesCents ?? 0) / EUR
    );
  if (measure === 'cofinancingEur')
    return (
      ((await get<{ declaredCents: number | null }[]>(`${urls.budgeting}/cofinancing?projectYear=${year}&governmentCode=${code}`))[0]
        ?.declaredCents ?? 0) / EUR
    );
  if (measure === 'mentorships') return own.length;
  const [kind, detail] = measure.split(' ') as [string, string];
  if (kind === 'mentorship') return own.filter((network) => network.actionNumber === Number(detail)).length;
  if (kind === 'mentees') {
    const network = own.find((candidate) => candidate.actionNumber === Number(detail));
    if (!network) return 0;
    return (await get<{ state: string }[]>(`${urls.mentorships}/networks/${network.id}/members`)).filter(
      (member) => member.state === 'member',
    ).length;
  }
  if (kind === 'realised') {
    if (/-/.test(detail) || /^A\d\d$/.test(detail)) {
      const rows = await get<FigureRow[]>(`${urls.reporting}/figures?projectYear=${year}&level=indicator&governmentCode=${code}`);
      const exact = rows.filter((row) => row.indicatorCode === detail);
      if (exact.length > 0) return exact.reduce((sum, row) => sum + row.realised, 0);
      const action = Number(detail.slice(1, 3));
      const actionRows = await get<FigureRow[]>(`${urls.reporting}/figures?projectYear=${year}&level=action&governmentCode=${code}`);
      return actionRows.filter((row) => row.actionNumber === action).reduce((sum, row) => sum + row.realised, 0);
    }
  }
  return undefined;
};
