import publishedResults from '../../libs/catalogue/data/published-results.json' with { type: 'json' };
import type { ApplicantLine } from '#testing';

/**
 * What the demo programme of project year 1 holds, worked out before anything is sent: which governments take part
 * (the register's real names and NIS codes), their demo counts of inhabitants of non-EU origin (no public source:
 * demo values, labelled as such), the groups of smaller municipalities with a lead, each application's actions,
 * reach and priorities, and how each government will behave later (reports on time, late or missing, its results,
 * its co-financing). Deterministic: the same register and catalogue give the same programme. Pure, so it is unit-tested.
 */
export interface RegisterEntry {
  code: string;
  kind: 'municipality' | 'vgc' | 'de-rand';
  name: string;
  arrondissement: string | null;
  inhabitants: number | null;
}

export interface CatalogueIndicator {
  code: string;
  eurPerKpi: number;
  maxPerApplicant: number;
}

export interface CatalogueAction {
  number: number;
  indicators: CatalogueIndicator[];
}

/** How a government reports an interim period: the demo's cast of on-time, lagging, late and missing reporters. */
export type InterimProfile = 'ahead' | 'on-track' | 'lagging' | 'at-risk' | 'late' | 'missing';
export type AnnualProfile = 'achieved' | 'below-target' | 'late' | 'missing';
export type CofinancingProfile = 'covered' | 'shortfall' | 'none';

export interface DemoGovernment {
  code: string;
  name: string;
  /** Demo value: the register ships none (no public source). Null for VGC and vzw de Rand, which need none. */
  nonEuOriginInhabitants: number | null;
  email: string;
}

export interface DemoGroup {
  name: string;
  referenceRegion: string;
  leadCode: string;
  memberCodes: string[];
}

export interface DemoApplicant {
  governmentCode: string;
  name: string;
  /** The group's name when the lead applies for a group (its code comes from applications). */
  groupName?: string;
  lines: ApplicantLine[];
  mentorships: { actionNumber: number; motivation: string }[];
  interim: InterimProfile;
  /** An interim report corrected with a second version. */
  correctsInterim: boolean;
  /** ABB asks for changes to the interim report; the government answers with a new version. */
  changesRequested: boolean;
  annual: AnnualProfile;
  cofinancing: CofinancingProfile;
  /** Published realised values (Oostende), by indicator. */
  publishedRealised?: Record<string, number>;
}

export interface DemoPlan {
  governments: DemoGovernment[];
  groups: DemoGroup[];
  applicants: DemoApplicant[];
  /** The one government whose below-target motivation ABB does not accept: its recovery. */
  recoveryCode: string;
}

/** The cities the published figures and the news items name, by the register's names. */
export const NAMED_CITIES = [
  'Mechelen',
  'Oostende',
  'Gent',
  'Antwerpen',
  'Kortrijk',
  'Aalst',
  'Maasmechelen',
  'Dendermonde',
  'Meise',
  'Leuven',
] as const;

/** Mentorships granted in the demo: Mechelen and Oostende as published, Gent as in the news item on its network. */
const MENTORSHIP_MOTIVATION: Record<number, string> = {
  5: 'Gent organiseert al jaren oefenkansen Nederlands met de stadsdiensten en het middenveld.',
  9: 'De stad begeleidt kansengroepen naar werk met een eigen aanpak die andere besturen kunnen overnemen.',
  10: 'Met het Economisch Huis begeleidt de stad nieuwkomers en vrouwen naar ondernemerschap.',
  22: 'Mechelen zet al jaren pleinmakers in op de pleinen van de stad.',
};

const published = publishedResults as unknown as {
  cities: {
    name: string;
    nis: string;
    actions: number;
    subsidyEur: number;
    mentorships: { action: number }[];
    realised?: Record<string, number>;
  }[];
};

/** Mechelen's and Oostende's actions (the counts published; which ones from the news items and the catalogue). */
const CITY_ACTIONS: Record<string, { actions: number[]; indicators: Record<number, string[]> }> = {
  Mechelen: {
    actions: [2, 5, 6, 7, 9, 11, 13, 14, 15, 17, 20, 22, 24],
    indicators: { 9: ['A09-NIEUWKOMERS', 'A09-55PLUS'], 13: ['A13-HERKOMST'], 17: ['A17-PROFESSIONALS'], 24: ['A24-HERKOMST'] },
  },
  Oostende: {
    actions: [2, 5, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 20, 22, 24],
    indicators: {
      9: ['A09-NIEUWKOMERS', 'A09-55PLUS'],
      10: ['A10-NIEUWKOMERS', 'A10-VROUWEN'],
      13: ['A13-HERKOMST'],
      17: ['A17-BURGERS'],
      24: ['A24-HERKOMST'],
    },
  },
};

/** How often an action is chosen: action 5 by nearly everyone (92 of 104 in year 1), action 2 by about a quarter. */
const ACTION_WEIGHT: Record<number, number> = {
  2: 0.22,
  5: 0.9,
  6: 0.1,
  7: 0.3,
  8: 0.15,
  9: 0.35,
  10: 0.2,
  11: 0.15,
  13: 0.4,
  14: 0.3,
  15: 0.35,
  16: 0.15,
  17: 0.3,
  18: 0.1,
  19: 0.05,
  20: 0.2,
  21: 0.05,
  22: 0.3,
  24: 0.4,
};

/** A small deterministic generator (mulberry32) seeded by a government's code. */
const randomFor = (seed: string): (() => number) => {
  let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const emailOf = (name: string): string =>
  `samenleven@${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.example`;

const lineFor = (indicator: CatalogueIndicator, share: number, random: () => number): ApplicantLine => {
  const additionalReach = Math.max(1, Math.min(indicator.maxPerApplicant, Math.round(indicator.maxPerApplicant * share)));
  // Plans and other one-off KPIs start from nothing; counted reach mostly builds on what the government already does.
  const currentReach = indicator.maxPerApplicant <= 4 ? 0 : Math.round(additionalReach * random() * 1.5);
  return { indicatorCode: indicator.code, currentReach, additionalReach, priority: null };
};

const withPriorities = (lines: ApplicantLine[], random: () => number): ApplicantLine[] => {
  // Action 5 first where it is asked for (the demo's governments value it most), the rest in a shuffled order.
  const order = lines
    .map((line) => ({ line, key: line.indicatorCode === 'A05' ? -1 : random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ line }) => line);
  return lines.map((line) => ({ ...line, priority: order.indexOf(line) + 1 }));
};

/**
 * Changes the additional reach of three lines so that the lines add up to exactly `targetEur` (Mechelen's and
 * Oostende's published subsidy), within the caps. Throws when no such reach exists.
 */
export const fitToAmount = (
  lines: ApplicantLine[],
  rates: Map<string, CatalogueIndicator>,
  targetEur: number,
  adjust: string[],
): ApplicantLine[] => {
  const amount = (line: ApplicantLine): number => line.additionalReach * rates.get(line.indicatorCode)!.eurPerKpi;
  const fixed = lines.filter((line) => !adjust.includes(line.indicatorCode)).reduce((sum, line) => sum + amount(line), 0);
  const [a, b, c] = adjust.map((code) => rates.get(code)!);
  if (a === undefined || b === undefined || c === undefined) throw new Error(`fitToAmount: unknown indicator among ${adjust.join(', ')}`);
  const rest = targetEur - fixed;
  for (let x = a.maxPerApplicant; x >= 1; x--)
    for (let y = b.maxPerApplicant; y >= 1; y--) {
      const left = rest - x * a.eurPerKpi - y * b.eurPerKpi;
      if (left > 0 && left % c.eurPerKpi === 0 && left / c.eurPerKpi <= c.maxPerApplicant) {
        const reach: Record<string, number> = { [a.code]: x, [b.code]: y, [c.code]: left / c.eurPerKpi };
        return lines.map((line) => (line.indicatorCode in reach ? { ...line, additionalReach: reach[line.indicatorCode]! } : line));
      }
    }
  throw new Error(`fitToAmount: no reach of ${adjust.join(', ')} makes EUR ${targetEur}`);
};

const interimCast: InterimProfile[] = [
  'ahead',
  'on-track',
  'ahead',
  'lagging',
  'ahead',
  'on-track',
  'ahead',
  'late',
  'on-track',
  'ahead',
  'at-risk',
  'ahead',
  'on-track',
  'lagging',
  'ahead',
  'missing',
];

export const buildDemoPlan = (
  register: RegisterEntry[],
  actions: CatalogueAction[],
  scale: 'full' | 'small',
  budgetEur: number,
): DemoPlan => {
  const byName = new Map(register.filter((entry) => entry.kind === 'municipality').map((entry) => [entry.name, entry]));
  const rates = new Map(actions.flatMap((action) => action.indicators.map((indicator) => [indicator.code, indicator] as const)));
  const actionsByNumber = new Map(actions.filter((action) => action.indicators.length > 0).map((action) => [action.number, action]));
  const named = NAMED_CITIES.map((name) => {
    const entry = byName.get(name);
    if (entry === undefined) throw new Error(`the register has no municipality called ${name}`);
    return entry;
  });
  const others = register
    .filter((entry) => entry.kind === 'municipality' && !NAMED_CITIES.includes(entry.name as (typeof NAMED_CITIES)[number]))
    .sort((a, b) => (b.inhabitants ?? 0) - (a.inhabitants ?? 0) || a.code.localeCompare(b.code));
  const individuals = [...named, ...(scale === 'full' ? others.slice(0, 81) : [])];
  const chosen = new Set(individuals.map((entry) => entry.code));

  // Groups: the three largest municipalities not chosen alone, under 15,000 inhabitants, in one arrondissement.
  const groups: DemoGroup[] = [];
  const groupMembers: RegisterEntry[] = [];
  const arrondissements = [...new Set(others.map((entry) => entry.arrondissement).filter((name): name is string => name !== null))].sort();
  for (const arrondissement of arrondissements) {
    if (groups.length >= (scale === 'full' ? 4 : 1)) break;
    const candidates = others.filter(
      (entry) => entry.arrondissement === arrondissement && !chosen.has(entry.code) && (entry.inhabitants ?? 0) < 15_000,
    );
    if (candidates.length < 3) continue;
    const members = candidates.slice(0, 3);
    groups.push({
      name: `Samenleven regio ${arrondissement}`,
      referenceRegion: arrondissement,
      leadCode: members[0]!.code,
      memberCodes: members.map((member) => member.code).sort(),
    });
    groupMembers.push(...members);
    for (const member of members) chosen.add(member.code);
  }
  const specials = register.filter((entry) => entry.kind !== 'municipality');

  const governments: DemoGovernment[] = [
    ...individuals.map((entry) => {
      const random = randomFor(`non-eu-${entry.code}`);
      const inhabitants = entry.inhabitants ?? 0;
      // Demo value: a share of 12 to 30% of the inhabitants, at least just above the threshold of 7,500.
      const count = Math.min(
        Math.round(inhabitants * 0.45),
        Math.max(7_600 + Math.round(random() * 900), Math.round(inhabitants * (0.12 + random() * 0.18))),
      );
      return { code: entry.code, name: entry.name, nonEuOriginInhabitants: count, email: emailOf(entry.name) };
    }),
    ...groupMembers.map((entry) => ({
      code: entry.code,
      name: entry.name,
      // Demo value: each member well under the threshold, the group together above it.
      nonEuOriginInhabitants: 2_600 + Math.round(randomFor(`non-eu-${entry.code}`)() * 800),
      email: emailOf(entry.name),
    })),
    ...specials.map((entry) => ({ code: entry.code, name: entry.name, nonEuOriginInhabitants: null, email: emailOf(entry.name) })),
  ];

  const linesOfActions = (
    chosenActions: number[],
    indicatorsOf: (action: CatalogueAction) => CatalogueIndicator[],
    share: () => number,
    random: () => number,
  ) =>
    chosenActions.flatMap((number) => {
      const action = actionsByNumber.get(number);
      if (action === undefined) throw new Error(`action ${number} is not subsidised in project year 1`);
      return indicatorsOf(action).map((indicator) => lineFor(indicator, share(), random));
    });

  const cityApplicant = (entry: RegisterEntry): Pick<DemoApplicant, 'lines' | 'mentorships' | 'publishedRealised'> => {
    const city = published.cities.find((candidate) => candidate.nis === entry.code);
    const choice = CITY_ACTIONS[entry.name];
    if (city === undefined || choice === undefined) throw new Error(`no published figures for ${entry.name}`);
    if (choice.actions.length !== city.actions)
      throw new Error(`${entry.name}: ${choice.actions.length} actions, published ${city.actions}`);
    const random = randomFor(`lines-${entry.code}`);
    const lines = linesOfActions(
      choice.actions,
      (action) => (choice.indicators[action.number] ?? [action.indicators[0]!.code]).map((code) => rates.get(code)!),
      () => 0.55 + random() * 0.3,
      random,
    );
    // Oostende's published realised values are reached: its current reach lies just under them.
    const realised = city.realised;
    const fitted = fitToAmount(lines, rates, city.subsidyEur, ['A05', 'A20', 'A13-HERKOMST']).map((line) => {
      const value = realised?.[line.indicatorCode] ?? realised?.[line.indicatorCode.replace(/-HERKOMST$/, '')];
      return value === undefined ? line : { ...line, currentReach: Math.max(0, Math.floor(value * 0.97) - line.additionalReach) };
    });
    const publishedRealised =
      realised === undefined
        ? undefined
        : Object.fromEntries(
            fitted
              .map(
                (line) =>
                  [line.indicatorCode, realised[line.indicatorCode] ?? realised[line.indicatorCode.replace(/-HERKOMST$/, '')]] as const,
              )
              .filter((pair): pair is readonly [string, number] => pair[1] !== undefined),
          );
    return {
      lines: withPriorities(fitted, random),
      mentorships: city.mentorships.map(({ action }) => ({ actionNumber: action, motivation: MENTORSHIP_MOTIVATION[action]! })),
      ...(publishedRealised === undefined ? {} : { publishedRealised }),
    };
  };

  const generatedLines = (seed: string, inhabitants: number, big: boolean): ApplicantLine[] => {
    const random = randomFor(`lines-${seed}`);
    const size = Math.min(1, Math.max(0.08, inhabitants / 120_000));
    const count = big ? 14 + Math.floor(random() * 3) : Math.min(11, Math.max(3, Math.round(3 + size * 7 + random() * 2)));
    const pool = Object.keys(ACTION_WEIGHT)
      .map(Number)
      .filter((number) => actionsByNumber.has(number));
    const picked: number[] = random() < ACTION_WEIGHT[5]! || big ? [5] : [];
    while (picked.length < Math.min(count, pool.length)) {
      const candidates = pool.filter((number) => !picked.includes(number));
      const total = candidates.reduce((sum, number) => sum + ACTION_WEIGHT[number]!, 0);
      let roll = random() * total;
      const next = candidates.find((number) => (roll -= ACTION_WEIGHT[number]!) <= 0) ?? candidates[0]!;
      picked.push(next);
    }
    return withPriorities(
      linesOfActions(
        picked.sort((a, b) => a - b),
        (action) => action.indicators.filter((_, index) => index === 0 || random() < 0.4),
        () => (big ? 0.7 : size) * (0.5 + random() * 0.5),
        random,
      ),
      random,
    );
  };

  const applicants: DemoApplicant[] = [];
  const castFor = (
    index: number,
    code: string,
  ): Pick<DemoApplicant, 'interim' | 'correctsInterim' | 'changesRequested' | 'annual' | 'cofinancing'> => {
    void code;
    return {
      interim: interimCast[index % interimCast.length]!,
      correctsInterim: index % 9 === 4,
      changesRequested: index % 23 === 6,
      annual: index % 31 === 12 ? 'missing' : index % 29 === 9 ? 'late' : index % 7 === 3 ? 'below-target' : 'achieved',
      cofinancing: index % 37 === 20 ? 'none' : index % 19 === 5 || index % 41 === 11 ? 'shortfall' : 'covered',
    };
  };
  for (const entry of individuals) {
    const isCity = entry.name in CITY_ACTIONS;
    const big = entry.name === 'Gent' || entry.name === 'Antwerpen';
    applicants.push({
      governmentCode: entry.code,
      name: entry.name,
      ...(isCity
        ? cityApplicant(entry)
        : {
            lines: generatedLines(entry.code, entry.inhabitants ?? 0, big),
            mentorships: entry.name === 'Gent' ? [{ actionNumber: 5, motivation: MENTORSHIP_MOTIVATION[5]! }] : [],
          }),
      ...castFor(applicants.length, entry.code),
    });
  }
  for (const special of specials)
    applicants.push({
      governmentCode: special.code,
      name: special.name,
      lines: generatedLines(special.code, 60_000, false),
      mentorships: [],
      ...castFor(applicants.length, special.code),
    });
  for (const group of groups) {
    const inhabitants = groupMembers
      .filter((member) => group.memberCodes.includes(member.code))
      .reduce((sum, member) => sum + (member.inhabitants ?? 0), 0);
    applicants.push({
      governmentCode: group.leadCode,
      name: group.name,
      groupName: group.name,
      lines: generatedLines(group.leadCode, inhabitants, false),
      mentorships: [],
      ...castFor(applicants.length, group.leadCode),
    });
  }

  // The named cities tell the demo's story: Mechelen and Oostende ahead and on time, Gent lagging on action 5 (the
  // README's walk-through), everyone covering its co-financing.
  for (const applicant of applicants) {
    if (applicant.name === 'Mechelen' || applicant.name === 'Oostende')
      Object.assign(applicant, {
        interim: 'ahead',
        annual: 'achieved',
        cofinancing: 'covered',
        correctsInterim: false,
        changesRequested: false,
      });
    if (applicant.name === 'Gent') Object.assign(applicant, { interim: 'lagging', annual: 'achieved', cofinancing: 'covered' });
  }
  const recovery =
    applicants.find((applicant) => applicant.annual === 'below-target' && !(applicant.name in CITY_ACTIONS)) ??
    applicants[applicants.length - 1]!;
  recovery.annual = 'below-target';

  // Stay within the programme budget, so every decision is as proposed and the published cities get their amount.
  const total = applicants.reduce(
    (sum, applicant) =>
      sum +
      applicant.lines.reduce((lines, line) => lines + line.additionalReach * rates.get(line.indicatorCode)!.eurPerKpi, 0) +
      applicant.mentorships.length * 10_000,
    0,
  );
  if (total > budgetEur * 0.95)
    throw new Error(`the demo programme asks EUR ${total}, more than 95% of the budget of EUR ${budgetEur}; lower the reach`);
  return { governments, groups, applicants, recoveryCode: recovery.governmentCode };
};
