import { allIndicators, type IndicatorInContext } from '#catalogue';
import register from '../../apps/applications/src/infrastructure/data/flemish-municipalities-2019-2024.json' with { type: 'json' };
import { FIGURE_PARTS, PUBLISHED_RESULTS, type FigurePart, type PublishedResults } from './published-figures.js';
import { seededRandom, type Random } from './seeded-random.js';
import { splitTotal } from './split-total.js';

/**
 * The replay's programme: governments, groups, applications, decisions and reports whose sums are exactly what the
 * government published (published-figures.ts), generated from a seed by pure functions. Every line respects the
 * catalogue (caps, distinct priorities, only subsidised actions), every applicant is eligible (more than 7,500
 * inhabitants of non-EU origin, or a group of one arrondissement that passes it together), some end below their
 * target and some above. Where the published budget is not KPI x rate (action 5, year 1: EUR 3,389,566), ABB awards
 * less than KPI x rate on a few lines, with a reason, as the agency did.
 */
export interface ReplayLine {
  indicatorCode: string;
  actionNumber: number;
  currentReach: number;
  requestedAdditionalReach: number;
  approvedAdditionalReach: number;
  priority: number;
  /** What ABB awards, in cents: approved x rate, or less when lowered. */
  amountCents: number;
  /** The interim running total; null a deliberate nil; undefined when the interim report leaves the government out. */
  interim: number | null;
  /** The annual running total: what counts as realised. */
  annual: number;
}

export interface ReplayApplication {
  governmentCode: string;
  /** The group's name when a group's lead applies (the platform gives its code). */
  groupName?: string;
  lines: ReplayLine[];
  /** Actions the applicant mentors on (EUR 10,000 each, granted). */
  mentorships: number[];
  /** Whether an interim report is filed, and late (after its due date, just before the annual one). */
  interim: 'on-time' | 'late' | 'missing';
  /** Reports that get a first version with a mistake, then a correction. */
  corrections: ('interim' | 'annual')[];
  /** Co-financing the government declares, in cents; null: none declared. */
  cofinancingCents: number | null;
}

export interface ReplayGroup {
  name: string;
  referenceRegion: string;
  leadCode: string;
  memberCodes: string[];
}

export interface ReplayProgramme {
  projectYear: number;
  seed: number;
  parts: FigurePart[];
  /** Every government that applies or is a group member, with its count of inhabitants of non-EU origin. */
  governments: { code: string; name: string; nonEuOriginInhabitants: number }[];
  groups: ReplayGroup[];
  applications: ReplayApplication[];
  /** Members ABB adds to each granted mentorship's learning network. */
  mentees: { mentorCode: string; actionNumber: number; memberCodes: string[] }[];
}

export interface GenerateOptions {
  projectYear: number;
  seed: number;
  parts?: readonly FigurePart[];
  published?: PublishedResults;
}

interface Municipality {
  nisCode: string;
  name: string;
  arrondissement: string;
  inhabitants: number;
}

const MUNICIPALITIES = (register as { municipalities: Municipality[] }).municipalities;
const EUR = 100;
const NON_EU_THRESHOLD = 7_500;
/** Large enough to apply alone with a plausible share of inhabitants of non-EU origin. */
const SINGLE_MIN_INHABITANTS = 16_000;
const MECHELEN = '12025';
const OOSTENDE = '35013';
const GENT = '44021';
/** Governments named in the seeds: applicants in every full replay. */
const NAMED = ['11002', '44021', '12025', '35013', '34022', '41002', '73107', '42006', '23050', '24062'];
/** How likely an applicant takes up an action besides 2 and 5: action plans (16, 18, 19) are rare, at EUR 25,000. */
const ACTION_WEIGHT: Record<number, number> = { 16: 0.08, 18: 0.07, 19: 0.07, 22: 0.12, 21: 0.15, 6: 0.2 };
/** Lowered awards take at most this share off a line. */
const MAX_LOWERING = 0.3;

const indicatorsOfYear = (projectYear: number): IndicatorInContext[] =>
  allIndicators().filter((indicator) => indicator.subsidisedFromYear <= projectYear);

interface Figures {
  awardedEur?: number;
  action2?: { budgetEur: number; localGovernments: number; planned: number; realised: number };
  action5?: { budgetEur: number; localGovernments: number; planned: number; realised: number };
  groups: { actions: number[]; planned?: number; realised: number }[];
  mechelen?: PublishedResults['cities'][number];
  oostende?: PublishedResults['cities'][number];
}

const figuresOf = (results: PublishedResults, projectYear: number, parts: readonly FigurePart[]): Figures => {
  const action = (number: number) => {
    const found = results.perAction.find((entry) => entry.projectYear === projectYear && entry.actions.join() === String(number));
    return parts.includes(`action${number}` as FigurePart) ? found : undefined;
  };
  const city = (nis: string) => {
    const found = results.cities.find((entry) => entry.nis === nis && entry.projectYear === projectYear);
    return found && parts.includes(found.name.toLowerCase() as FigurePart) ? found : undefined;
  };
  return {
    awardedEur: parts.includes('programme')
      ? results.programme.find((entry) => entry.projectYear === projectYear)?.budgetAwardedEur
      : undefined,
    action2: action(2),
    action5: action(5),
    groups: parts.includes('actionGroups') && projectYear === 1 ? results.perActionGroupYear1 : [],
    mechelen: city(MECHELEN),
    oostende: city(OOSTENDE),
  };
};

/** Group sizes (2..4 members) whose members beyond the lead add up to `extra`. */
const groupSizes = (random: Random, extra: number): number[] => {
  const sizes: number[] = [];
  for (let left = extra; left > 0;) {
    const beyondLead = random.int(1, Math.min(3, left));
    sizes.push(beyondLead + 1);
    left -= beyondLead;
  }
  return sizes;
};

interface Applicant {
  code: string;
  group?: ReplayGroup;
  /** Local governments it stands for: 1, or the group's members. */
  governments: number;
  indicators: Set<string>;
  mentorships: number[];
}

/** Whole euros taken off lines (at most MAX_LOWERING of each), in proportion to their amounts. */
const lowerAmounts = (random: Random, lines: ReplayLine[], euros: number, what: string): void => {
  if (euros === 0) return;
  const candidates = lines.filter((line) => line.amountCents >= 10 * EUR);
  const room = candidates.map((line) => Math.floor((line.amountCents / EUR) * MAX_LOWERING));
  if (room.reduce((sum, value) => sum + value, 0) < euros)
    throw new Error(`${what}: cannot lower EUR ${euros} within ${MAX_LOWERING} of the lines`);
  // A few lines, not all: the largest shares go to a handful of randomly chosen lines.
  const chosen = random.shuffle(candidates.map((_line, index) => index));
  let left = euros;
  for (const index of chosen) {
    if (left === 0) break;
    const taken = Math.min(left, room[index]!, Math.max(1, Math.ceil(euros / random.int(1, 3))));
    candidates[index]!.amountCents -= taken * EUR;
    left -= taken;
  }
  for (const index of chosen) {
    if (left === 0) break;
    const line = candidates[index]!;
    const already = line.approvedAdditionalReach * rateOf(line.indicatorCode) - line.amountCents / EUR;
    const taken = Math.min(left, room[index]! - already);
    line.amountCents -= taken * EUR;
    left -= taken;
  }
  if (left !== 0) throw new Error(`${what}: EUR ${left} left to lower`);
};

const INDICATORS = new Map(allIndicators().map((indicator) => [indicator.code, indicator]));
const rateOf = (code: string): number => INDICATORS.get(code)!.eurPerKpi;
const capOf = (code: string): number => INDICATORS.get(code)!.maxPerApplicant;
const atRate = (line: ReplayLine): number => line.approvedAdditionalReach * rateOf(line.indicatorCode) * EUR;
const sumCents = (lines: readonly ReplayLine[]): number => lines.reduce((sum, line) => sum + line.amountCents, 0);

/**
 * Makes the lines' awards add up to `needCents`: first more or fewer approved KPI (within the cap; on a line whose
 * target is fixed, current reach moves the other way so the target stays), then lowered awards for what is left.
 */
const fitAmounts = (
  random: Random,
  lines: ReplayLine[],
  needCents: number,
  fixedTarget: (line: ReplayLine) => boolean,
  what: string,
): void => {
  for (const line of lines) line.amountCents = atRate(line);
  const order = random.shuffle(lines);
  for (const line of order) {
    const short = needCents - sumCents(lines);
    if (short <= 0) break;
    const rate = rateOf(line.indicatorCode) * EUR;
    const headroom = Math.min(capOf(line.indicatorCode) - line.approvedAdditionalReach, fixedTarget(line) ? line.currentReach : Infinity);
    const raise = Math.min(headroom, Math.ceil(short / rate));
    if (raise <= 0) continue;
    line.approvedAdditionalReach += raise;
    if (fixedTarget(line)) line.currentReach -= raise;
    line.amountCents = atRate(line);
  }
  if (sumCents(lines) < needCents) throw new Error(`${what}: the lines cannot reach EUR ${needCents / EUR} within their caps`);
  for (const line of order) {
    const excess = sumCents(lines) - needCents;
    const rate = rateOf(line.indicatorCode) * EUR;
    const cut = Math.min(line.approvedAdditionalReach - 1, Math.floor(excess / rate));
    if (cut <= 0) continue;
    line.approvedAdditionalReach -= cut;
    if (fixedTarget(line)) line.currentReach += cut;
    line.amountCents = atRate(line);
  }
  lowerAmounts(random, lines, (sumCents(lines) - needCents) / EUR, what);
};

export const generateProgramme = ({
  projectYear,
  seed,
  parts = FIGURE_PARTS,
  published = PUBLISHED_RESULTS,
}: GenerateOptions): ReplayProgramme => {
  const random = seededRandom(seed * 7919 + projectYear);
  const figures = figuresOf(published, projectYear, parts);
  const full = figures.awardedEur !== undefined;
  const yearIndicators = indicatorsOfYear(projectYear);
  const actionsOfYear = [...new Set(yearIndicators.map((indicator) => indicator.actionNumber))];
  const indicatorsOfAction = (action: number): string[] =>
    yearIndicators.filter((indicator) => indicator.actionNumber === action).map((indicator) => indicator.code);

  // --- Who applies: large municipalities alone, smaller ones in groups of one arrondissement.
  const bySize = [...MUNICIPALITIES].sort((a, b) => b.inhabitants - a.inhabitants);
  const singlesPool = random.shuffle(bySize.filter((municipality) => municipality.inhabitants >= SINGLE_MIN_INHABITANTS));
  const groupPool = random.shuffle(
    bySize.filter((municipality) => municipality.inhabitants >= 8_000 && municipality.inhabitants < SINGLE_MIN_INHABITANTS),
  );
  const nonEu = new Map<string, number>();
  const named = (code: string) => MUNICIPALITIES.find((municipality) => municipality.nisCode === code)!;

  const groups: ReplayGroup[] = [];
  const formGroup = (size: number): ReplayGroup => {
    const byRegion = new Map<string, Municipality[]>();
    for (const municipality of groupPool)
      byRegion.set(municipality.arrondissement, [...(byRegion.get(municipality.arrondissement) ?? []), municipality]);
    const regions = [...byRegion].filter(([, members]) => members.length >= size);
    if (regions.length === 0) throw new Error(`no arrondissement has ${size} municipalities left for a group`);
    const [region, candidates] = random.pick(regions);
    const members = random.shuffle(candidates).slice(0, size);
    for (const member of members) {
      groupPool.splice(groupPool.indexOf(member), 1);
      nonEu.set(member.nisCode, Math.floor((NON_EU_THRESHOLD + 100) / size) + random.int(0, 900));
    }
    const group: ReplayGroup = {
      name: `Samenleven ${region} ${groups.length + 1}`,
      referenceRegion: region,
      leadCode: members[0]!.nisCode,
      memberCodes: members.map((member) => member.nisCode),
    };
    groups.push(group);
    return group;
  };

  const applicants: Applicant[] = [];
  const takeSingle = (code?: string): Applicant => {
    const municipality = code
      ? named(code)
      : singlesPool.find((candidate) => !applicants.some((applicant) => applicant.code === candidate.nisCode));
    if (!municipality) throw new Error('no municipality left to apply alone');
    const index = singlesPool.indexOf(municipality);
    if (index >= 0) singlesPool.splice(index, 1);
    nonEu.set(
      municipality.nisCode,
      random.int(NON_EU_THRESHOLD + 1, Math.max(NON_EU_THRESHOLD + 1, Math.floor(municipality.inhabitants * 0.35))),
    );
    const applicant: Applicant = { code: municipality.nisCode, governments: 1, indicators: new Set(), mentorships: [] };
    applicants.push(applicant);
    return applicant;
  };
  const groupApplicant = (group: ReplayGroup): Applicant => {
    const applicant: Applicant = {
      code: group.leadCode,
      group,
      governments: group.memberCodes.length,
      indicators: new Set(),
      mentorships: [],
    };
    applicants.push(applicant);
    return applicant;
  };

  const mechelen = figures.mechelen ? takeSingle(MECHELEN) : undefined;
  const oostende = figures.oostende ? takeSingle(OOSTENDE) : undefined;
  if (full) for (const code of NAMED) if (!applicants.some((applicant) => applicant.code === code)) takeSingle(code);

  // Action 2: plans shared by groups, so that the plans and the local governments they cover are both as published.
  if (figures.action2) {
    const { planned, localGovernments } = figures.action2;
    const sizes = groupSizes(random, localGovernments - planned);
    const withPlan = sizes.map((size) => groupApplicant(formGroup(size)));
    const singles = applicants.filter((applicant) => !applicant.group && applicant !== oostende && applicant !== mechelen);
    while (withPlan.length < planned) withPlan.push(singles.shift() ?? takeSingle());
    for (const applicant of withPlan) applicant.indicators.add('A02');
  }
  // A few groups more that draw no plan, in a full replay.
  if (full) for (let extra = random.int(1, 3); extra > 0; extra -= 1) groupApplicant(formGroup(random.int(2, 3)));
  const applicantCount = full ? (projectYear === 1 ? 104 : undefined) : undefined;
  const localGovernmentTotal = full && projectYear === 2 ? 147 : undefined;
  const countGovernments = () => applicants.reduce((sum, applicant) => sum + applicant.governments, 0);
  if (applicantCount) while (applicants.length < applicantCount) takeSingle();
  if (localGovernmentTotal) while (countGovernments() < localGovernmentTotal) takeSingle();

  // Action 5: groups and municipalities until the local governments are as published.
  if (figures.action5) {
    const wanted = figures.action5.localGovernments;
    const fixed = [oostende, mechelen].filter((applicant): applicant is Applicant => applicant !== undefined);
    let covered = fixed.reduce((sum, applicant) => sum + applicant.governments, 0);
    const chosen = new Set<Applicant>(fixed);
    for (const applicant of random.shuffle(applicants.filter((candidate) => candidate.group)))
      if (random.chance(0.7) && covered + applicant.governments <= wanted) {
        chosen.add(applicant);
        covered += applicant.governments;
      }
    for (const applicant of random.shuffle(applicants.filter((candidate) => !candidate.group && !chosen.has(candidate)))) {
      if (covered >= wanted) break;
      chosen.add(applicant);
      covered += 1;
    }
    while (covered < wanted) {
      chosen.add(takeSingle());
      covered += 1;
    }
    for (const applicant of chosen) applicant.indicators.add('A05');
  }
  if (oostende) oostende.indicators.add('A05');

  // --- What else each applicant takes up.
  const otherActions = actionsOfYear.filter((action) => action !== 2 && action !== 5);
  const addAction = (applicant: Applicant, action: number, must: string[] = [], every = false): void => {
    const codes = indicatorsOfAction(action);
    const picked = codes.length === 1 || every ? codes : random.shuffle(codes).slice(0, random.int(1, codes.length));
    for (const code of new Set([...picked, ...must])) applicant.indicators.add(code);
  };
  const actionsOf = (applicant: Applicant): Set<number> =>
    new Set([...applicant.indicators].map((code) => INDICATORS.get(code)!.actionNumber));
  // A city with many actions and a large subsidy takes up the actions worth most (cap x rate), give or take.
  const worth = (action: number): number =>
    indicatorsOfAction(action).reduce((sum, code) => sum + capOf(code) * rateOf(code), 0) * random.between(0.6, 1.4);
  const fillTo = (applicant: Applicant, count: number): void => {
    const ranked = otherActions.map((action) => ({ action, worth: worth(action) })).sort((a, b) => b.worth - a.worth);
    for (const { action } of ranked) {
      if (actionsOf(applicant).size >= count) break;
      if (!actionsOf(applicant).has(action)) addAction(applicant, action, [], true);
    }
  };
  if (oostende) {
    const realised = figures.oostende!.realised ?? {};
    for (const code of Object.keys(realised)) {
      const action = Number(code.slice(1, 3));
      addAction(oostende, action, INDICATORS.has(code) ? [code] : []);
    }
    for (const mentorship of figures.oostende!.mentorships) addAction(oostende, mentorship.action);
    fillTo(oostende, figures.oostende!.actions);
    oostende.mentorships = figures.oostende!.mentorships.map((mentorship) => mentorship.action);
  }
  if (mechelen) {
    for (const mentorship of figures.mechelen!.mentorships) addAction(mechelen, mentorship.action);
    if (random.chance(0.8)) mechelen.indicators.add('A05');
    fillTo(mechelen, figures.mechelen!.actions);
    mechelen.mentorships = figures.mechelen!.mentorships.map((mentorship) => mentorship.action);
  }
  for (const applicant of applicants) {
    if (applicant === oostende || applicant === mechelen) continue;
    if (full || figures.groups.length > 0 || applicant.indicators.size === 0)
      for (const action of otherActions) if (random.chance(ACTION_WEIGHT[action] ?? 0.3)) addAction(applicant, action);
    if (applicant.indicators.size === 0)
      addAction(applicant, random.pick(otherActions.filter((action) => (ACTION_WEIGHT[action] ?? 0.3) >= 0.3)));
  }
  // Enough action plans on actions 16, 18 and 19 for their published results (at most 2 plans realised per line).
  for (const group of figures.groups.filter(
    (entry) => entry.planned === undefined && entry.actions.some((action) => [16, 18, 19].includes(action)),
  )) {
    const planActions = group.actions.filter((action) => action !== 2);
    const lines = () => applicants.filter((applicant) => planActions.some((action) => actionsOf(applicant).has(action))).length;
    const needed = Math.ceil((group.realised - (figures.action2?.realised ?? 0)) / 2) + 2;
    for (const applicant of random.shuffle(applicants.filter((candidate) => candidate !== mechelen && candidate !== oostende)))
      if (lines() < needed) addAction(applicant, random.pick(planActions));
  }
  if (full && projectYear === 1) {
    const gent = applicants.find((applicant) => applicant.code === GENT);
    const gentActions = gent ? [...actionsOf(gent)].filter((action) => action !== 2) : [];
    if (gent && gentActions.length > 0) gent.mentorships = [random.pick(gentActions)];
  }

  // --- Lines with first figures: approved within the cap, some current reach.
  const lineOf = new Map<Applicant, ReplayLine[]>();
  for (const applicant of applicants) {
    const codes = random.shuffle([...applicant.indicators]);
    lineOf.set(
      applicant,
      codes.map((code, index): ReplayLine => {
        const cap = capOf(code);
        const plan = cap === 1;
        const big = applicant === mechelen || applicant === oostende;
        const approved = plan ? 1 : big ? random.int(Math.ceil(cap * 0.7), cap) : random.int(Math.max(1, Math.floor(cap * 0.2)), cap);
        return {
          indicatorCode: code,
          actionNumber: INDICATORS.get(code)!.actionNumber,
          currentReach: plan ? 0 : random.int(0, cap * 2),
          requestedAdditionalReach: approved,
          approvedAdditionalReach: approved,
          priority: index + 1,
          amountCents: 0,
          interim: null,
          annual: 0,
        };
      }),
    );
  }
  const allLines = () => applicants.flatMap((applicant) => lineOf.get(applicant)!);
  const linesOnActions = (actions: readonly number[]) => allLines().filter((line) => actions.includes(line.actionNumber));

  // Action 2: one plan per applicant, none in place yet.
  // Action 5: approved KPI just above budget / rate (lowered awards take off the rest), current reach for the planned total.
  if (figures.action5) {
    const lines = linesOnActions([5]);
    const approvedTotal = Math.ceil(figures.action5.budgetEur / rateOf('A05')) + random.int(0, 3);
    const approved = splitTotal(
      random,
      approvedTotal,
      lines.map(() => ({ min: 1, max: capOf('A05') })),
    );
    const current = splitTotal(
      random,
      figures.action5.planned - approvedTotal,
      lines.map(() => ({ min: 0, max: Infinity })),
    );
    lines.forEach((line, index) => {
      line.approvedAdditionalReach = line.requestedAdditionalReach = approved[index]!;
      line.currentReach = current[index]!;
    });
  }
  // Year-1 action groups with a published planned total: current reach makes up what approved KPI do not.
  const plannedGroups = figures.groups.filter((group) => group.planned !== undefined && !group.actions.includes(5));
  const specialApplicantsOf = () => [mechelen, oostende].filter((applicant): applicant is Applicant => applicant !== undefined);
  const fixedTargetLines = new Set<ReplayLine>(figures.action5 ? linesOnActions([5]) : []);
  for (const group of plannedGroups) {
    const lines = linesOnActions(group.actions).filter((line) => !fixedTargetLines.has(line));
    const planned =
      group.planned! -
      linesOnActions(group.actions)
        .filter((line) => fixedTargetLines.has(line))
        .reduce((sum, line) => sum + line.currentReach + line.approvedAdditionalReach, 0);
    // Cities keep their approved KPI (their subsidy is published): the others' are cut first.
    const cityLines = new Set(specialApplicantsOf().flatMap((applicant) => lineOf.get(applicant)!));
    const cutOrder = [
      ...random.shuffle(lines.filter((line) => !cityLines.has(line))),
      ...random.shuffle(lines.filter((line) => cityLines.has(line))),
    ];
    for (const line of cutOrder) {
      const over = lines.reduce((sum, entry) => sum + entry.approvedAdditionalReach, 0) - planned;
      if (over <= 0) break;
      const cut = Math.min(line.approvedAdditionalReach - 1, over);
      line.approvedAdditionalReach -= cut;
      line.requestedAdditionalReach = line.approvedAdditionalReach;
    }
    const approvedSum = lines.reduce((sum, line) => sum + line.approvedAdditionalReach, 0);
    const current = splitTotal(
      random,
      planned - approvedSum,
      lines.map(() => ({ min: 0, max: Infinity })),
      lines.map((line) => line.approvedAdditionalReach * random.between(0.5, 4)),
    );
    lines.forEach((line, index) => {
      line.currentReach = current[index]!;
      fixedTargetLines.add(line);
    });
  }
  const isFixedTarget = (line: ReplayLine): boolean => fixedTargetLines.has(line);

  // --- Money: action 5 to its budget, then Mechelen and Oostende to their subsidy, then the programme to its total.
  for (const line of allLines()) line.amountCents = atRate(line);
  const specialApplicants = [mechelen, oostende].filter((applicant): applicant is Applicant => applicant !== undefined);
  if (figures.action5) {
    const lines = linesOnActions([5]);
    const ordinary = lines.filter((line) => !specialApplicants.some((applicant) => lineOf.get(applicant)!.includes(line)));
    lowerAmounts(random, ordinary, (sumCents(lines) - figures.action5.budgetEur * EUR) / EUR, 'action 5');
  }
  for (const [applicant, city] of [
    [mechelen, figures.mechelen],
    [oostende, figures.oostende],
  ] as const) {
    if (!applicant || !city) continue;
    const lines = lineOf.get(applicant)!;
    const fixed = lines.filter((line) => line.actionNumber === 2 || line.actionNumber === 5);
    const free = lines.filter((line) => !fixed.includes(line));
    fitAmounts(random, free, city.subsidyEur * EUR - sumCents(fixed), isFixedTarget, `${city.name}'s subsidy`);
  }
  const mentorshipCount = applicants.reduce((sum, applicant) => sum + applicant.mentorships.length, 0);
  if (figures.awardedEur !== undefined) {
    const settled = (line: ReplayLine) =>
      line.actionNumber === 2 || line.actionNumber === 5 || specialApplicants.some((applicant) => lineOf.get(applicant)!.includes(line));
    const free = allLines().filter((line) => !settled(line));
    const need = figures.awardedEur * EUR - mentorshipCount * 10_000 * EUR - sumCents(allLines().filter(settled));
    fitAmounts(random, free, need, isFixedTarget, 'the programme budget');
  }
  // What was asked is what ABB approved (fitting the money may have moved it), and some asked for more.
  for (const line of allLines()) line.requestedAdditionalReach = line.approvedAdditionalReach;
  for (const line of allLines())
    if (line.approvedAdditionalReach < capOf(line.indicatorCode) && random.chance(0.08))
      line.requestedAdditionalReach = random.int(line.approvedAdditionalReach + 1, capOf(line.indicatorCode));

  // --- Results: the annual running totals add up to the published realised figures; interim ones are on the way there.
  const target = (line: ReplayLine) => line.currentReach + line.approvedAdditionalReach;
  const fixedRealised = new Map<ReplayLine, number>();
  if (oostende) {
    const lines = lineOf.get(oostende)!;
    for (const [code, value] of Object.entries(figures.oostende!.realised ?? {})) {
      const matching = INDICATORS.has(code)
        ? lines.filter((line) => line.indicatorCode === code)
        : lines.filter((line) => line.actionNumber === Number(code.slice(1, 3)));
      const split = splitTotal(
        random,
        value,
        matching.map(() => ({ min: 0, max: Infinity })),
        matching.map(target),
      );
      matching.forEach((line, index) => fixedRealised.set(line, split[index]!));
    }
  }
  const realise = (lines: ReplayLine[], total: number, perLineMax = Infinity): void => {
    const open = lines.filter((line) => !fixedRealised.has(line));
    const rest = total - lines.filter((line) => fixedRealised.has(line)).reduce((sum, line) => sum + fixedRealised.get(line)!, 0);
    const split = splitTotal(
      random,
      rest,
      open.map(() => ({ min: 0, max: perLineMax })),
      open.map((line) => target(line) * random.between(0.3, 2.2)),
    );
    open.forEach((line, index) => fixedRealised.set(line, split[index]!));
  };
  if (figures.action2) realise(linesOnActions([2]), figures.action2.realised, 1);
  if (figures.action5) realise(linesOnActions([5]), figures.action5.realised);
  // Nested groups (action 20 within 7, 15 and 20) first, then what their larger group leaves.
  const groupsBySize = [...figures.groups].sort((a, b) => a.actions.length - b.actions.length);
  for (const group of groupsBySize) {
    const lines = linesOnActions(group.actions);
    const settled = lines.filter((line) => fixedRealised.has(line));
    const open = lines.filter((line) => !fixedRealised.has(line));
    const plansOnly = group.actions.every((action) => capOf(indicatorsOfAction(action)[0]!) === 1);
    const rest = group.realised - settled.reduce((sum, line) => sum + fixedRealised.get(line)!, 0);
    realise(open, rest, plansOnly ? 2 : Infinity);
  }
  for (const line of allLines()) {
    line.annual = fixedRealised.get(line) ?? Math.round(target(line) * random.between(0.45, 1.6));
    line.interim = random.chance(0.03) ? null : Math.floor(line.annual * random.between(0.3, 0.75));
  }

  // --- Applications in the order they arrive, with distinct priorities, reports, corrections and co-financing.
  const applications: ReplayApplication[] = random.shuffle(applicants).map((applicant) => {
    const lines = lineOf.get(applicant)!;
    random.shuffle(lines).forEach((line, index) => (line.priority = index + 1));
    lines.sort((a, b) => a.priority - b.priority);
    const linesCents = sumCents(lines);
    const corrections: ('interim' | 'annual')[] = [];
    if (random.chance(0.08)) corrections.push('interim');
    if (random.chance(0.06)) corrections.push('annual');
    const interimDraw = random.next();
    return {
      governmentCode: applicant.code,
      ...(applicant.group ? { groupName: applicant.group.name } : {}),
      lines,
      mentorships: applicant.mentorships,
      interim: interimDraw < 0.05 ? 'missing' : interimDraw < 0.12 ? 'late' : 'on-time',
      corrections: corrections.filter((kind) => kind !== 'interim' || interimDraw >= 0.05),
      cofinancingCents:
        applicant === oostende
          ? figures.oostende!.cofinancingEur! * EUR
          : random.chance(0.85)
            ? Math.round((linesCents * random.between(random.chance(0.1) ? 0.7 : 1, 1.4)) / EUR) * EUR
            : null,
    };
  });

  const applicantCodes = applicants.map((applicant) => applicant.code);
  const mentees = applicants.flatMap((applicant) =>
    applicant.mentorships.map((actionNumber) => {
      const city = applicant === mechelen ? figures.mechelen : applicant === oostende ? figures.oostende : undefined;
      const count = city?.mentorships.find((mentorship) => mentorship.action === actionNumber)?.mentees ?? random.int(4, 12);
      const onAction = applicants.filter((other) => other !== applicant && actionsOf(other).has(actionNumber)).map((other) => other.code);
      const rest = applicantCodes.filter((code) => code !== applicant.code && !onAction.includes(code));
      const memberCodes = [...random.shuffle(onAction), ...random.shuffle(rest)].slice(0, count);
      if (memberCodes.length < count)
        throw new Error(`${applicant.code}: too few governments for ${count} mentees on action ${actionNumber}`);
      return { mentorCode: applicant.code, actionNumber, memberCodes };
    }),
  );

  const governmentCodes = new Set(applicants.flatMap((applicant) => applicant.group?.memberCodes ?? [applicant.code]));
  return {
    projectYear,
    seed,
    parts: [...parts],
    governments: [...governmentCodes].map((code) => ({ code, name: named(code).name, nonEuOriginInhabitants: nonEu.get(code)! })),
    groups,
    applications,
    mentees,
  };
};

/** A report's first version before its correction: the first line's figure a little off. */
export const firstVersionOf = (
  results: { indicatorCode: string; achieved: number | null }[],
): { indicatorCode: string; achieved: number | null }[] =>
  results.map((line, index) =>
    index === 0 ? { ...line, achieved: Math.max(0, (line.achieved ?? 0) + 1 + Math.floor((line.achieved ?? 0) / 10)) } : line,
  );
