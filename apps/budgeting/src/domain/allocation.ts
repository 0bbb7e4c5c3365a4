import { RuleViolation, type FieldProblem } from '#domain';
import { CENTS_PER_EURO, formatCount, formatEuro } from './money.js';

/**
 * The rule "priority-rounds-v1": how a year's available budget is proposed over the submitted applications of a
 * closed call. It only proposes; ABB decides.
 *
 * 1. Canonical order, so the outcome never depends on arrival order: applications by (submittedAt, applicationId);
 *    lines within an application by indicatorCode; stimuli by kind (mentorship before cooperation), then
 *    actionNumber, then partnerCode (null first). The output lists everything in this order.
 * 2. Stimuli first. Each gets the fixed amount of its kind, without co-financing, and is counted apart from the
 *    lines. In canonical order (application, then stimulus) each is funded in full while it fits in what remains;
 *    one that does not fit gets nothing (no partial stimuli), and so does every stimulus after it.
 * 3. A line without additional reach asks for nothing: it is 'full' at 0 and takes no part in the rounds.
 * 4. Then the lines go in rounds by priority rank 1, 2, 3, ... over all applications. A round whose lines all fit
 *    in what remains is funded in full. Otherwise its lines go in canonical order (submittedAt, applicationId,
 *    indicatorCode): each is funded in full while it fits; the first one that does not fit gets as many whole KPIs
 *    as the rest of the budget pays for ('partial', or 'none' if not even one), and from then on the budget is
 *    spent: every later line of that round and of all later rounds gets nothing.
 * 5. A line at EUR 0 per KPI costs nothing and is always funded in full.
 *
 * Amounts are whole cents; a line's requested amount is additionalReach x eurPerKpi x 100.
 */
export const ALLOCATION_RULE = 'priority-rounds-v1';

export type FundingOutcome = 'full' | 'partial' | 'none';
export type StimulusKind = 'mentorship' | 'cooperation';

export interface SubmittedLine {
  indicatorCode: string;
  priority: number | null;
  additionalReach: number;
  /** Whole euro per KPI. */
  eurPerKpi: number;
}

export interface SubmittedStimulus {
  kind: StimulusKind;
  actionNumber: number | null;
  partnerCode: string | null;
}

export interface SubmittedApplication {
  applicationId: string;
  governmentCode: string;
  /** ISO 8601 timestamp. */
  submittedAt: string;
  lines: SubmittedLine[];
  stimuli: SubmittedStimulus[];
}

export interface AllocationInput {
  availableCents: number;
  /** The fixed amount of one stimulus of each kind. */
  stimulusCents: Readonly<Record<StimulusKind, number>>;
  applications: readonly SubmittedApplication[];
}

export interface ProposedLine {
  indicatorCode: string;
  priority: number | null;
  requestedAdditionalReach: number;
  proposedAdditionalReach: number;
  eurPerKpi: number;
  proposedCents: number;
  outcome: FundingOutcome;
  reason: string;
}

export interface ProposedStimulus {
  kind: StimulusKind;
  actionNumber: number | null;
  partnerCode: string | null;
  proposedCents: number;
  outcome: FundingOutcome;
  reason: string;
}

export interface ProposedApplication {
  applicationId: string;
  governmentCode: string;
  lines: ProposedLine[];
  stimuli: ProposedStimulus[];
  linesCents: number;
  stimuliCents: number;
}

export interface Allocation {
  rule: string;
  applications: ProposedApplication[];
  /** What the lines ask for; stimuli are not requested amounts but fixed ones. */
  requestedCents: number;
  linesCents: number;
  stimuliCents: number;
}

const STIMULUS_KINDS: readonly StimulusKind[] = ['mentorship', 'cooperation'];

/** Proposes the allocation of `availableCents` under {@link ALLOCATION_RULE}; refuses impossible input. */
export const proposeAllocation = (input: AllocationInput): Allocation => {
  assertAllocationInput(input);
  const applications = [...input.applications].sort(byApplication).map((application) => ({
    application,
    lines: [...application.lines].sort(byLine),
    stimuli: [...application.stimuli].sort(byStimulus),
  }));

  let remainingCents = input.availableCents;

  // Stimuli first; after the first that does not fit, none is funded, so the outcome stays monotone in the order.
  let stimuliStopped = false;
  const proposedStimuli = applications.map(({ stimuli }) =>
    stimuli.map((stimulus): ProposedStimulus => {
      const cents = input.stimulusCents[stimulus.kind];
      const base = { kind: stimulus.kind, actionNumber: stimulus.actionNumber, partnerCode: stimulus.partnerCode };
      if (stimuliStopped)
        return { ...base, proposedCents: 0, outcome: 'none', reason: 'Niet gefinancierd: het budget was op bij een eerdere stimulus.' };
      if (cents > remainingCents) {
        stimuliStopped = true;
        return {
          ...base,
          proposedCents: 0,
          outcome: 'none',
          reason:
            'Niet gefinancierd: het beschikbare budget volstaat niet voor deze stimulus ' +
            `(vast bedrag van ${formatEuro(cents)}, nog ${formatEuro(remainingCents)} beschikbaar).`,
        };
      }
      remainingCents -= cents;
      return { ...base, proposedCents: cents, outcome: 'full', reason: `Stimulus: vast bedrag van ${formatEuro(cents)}.` };
    }),
  );

  // Each line's proposal, keyed by its place in the canonical order; the rounds fill it in.
  const proposedLines: ProposedLine[][] = applications.map(({ lines }) => lines.map((line) => proposeLineOutsideRounds(line)));
  const inRounds = applications
    .flatMap(({ lines }, applicationIndex) => lines.map((line, lineIndex) => ({ line, applicationIndex, lineIndex })))
    .filter(({ line }) => line.additionalReach > 0 && line.eurPerKpi > 0);
  // Stable sort: within a rank the canonical application and line order stays.
  inRounds.sort((a, b) => (a.line.priority ?? 0) - (b.line.priority ?? 0));

  // Funding every line of a round in full while it fits gives the same as funding the whole round when it fits.
  let exhaustedInRound: number | null = null;
  for (const { line, applicationIndex, lineIndex } of inRounds) {
    const round = line.priority ?? 0;
    const kpiCents = line.eurPerKpi * CENTS_PER_EURO;
    const requestedCents = line.additionalReach * kpiCents;
    let proposed: Pick<ProposedLine, 'proposedAdditionalReach' | 'outcome' | 'reason'>;
    if (exhaustedInRound !== null) {
      const reason =
        exhaustedInRound === round
          ? `Niet gefinancierd: het budget was op in ronde ${round}.`
          : `Niet gefinancierd: het budget was op vóór ronde ${round}.`;
      proposed = { proposedAdditionalReach: 0, outcome: 'none', reason };
    } else if (requestedCents <= remainingCents) {
      proposed = {
        proposedAdditionalReach: line.additionalReach,
        outcome: 'full',
        reason: `Volledig gefinancierd in ronde ${round} (prioriteit ${round}).`,
      };
    } else {
      exhaustedInRound = round;
      const kpis = Math.floor(remainingCents / kpiCents);
      proposed =
        kpis > 0
          ? {
              proposedAdditionalReach: kpis,
              outcome: 'partial',
              reason:
                `Gedeeltelijk gefinancierd: ${formatCount(kpis)} van ${formatCount(line.additionalReach)} KPI ` +
                `(${formatEuro(kpis * kpiCents)}), het budget was op in ronde ${round}.`,
            }
          : {
              proposedAdditionalReach: 0,
              outcome: 'none',
              reason:
                `Niet gefinancierd: het resterende budget van ${formatEuro(remainingCents)} ` +
                `volstaat niet voor één KPI van ${formatEuro(kpiCents)} in ronde ${round}.`,
            };
    }
    const proposedCents = proposed.proposedAdditionalReach * kpiCents;
    remainingCents -= proposedCents;
    proposedLines[applicationIndex]![lineIndex] = { ...proposedLines[applicationIndex]![lineIndex]!, ...proposed, proposedCents };
  }

  const proposedApplications = applications.map(({ application }, index): ProposedApplication => {
    const lines = proposedLines[index]!;
    const stimuli = proposedStimuli[index]!;
    return {
      applicationId: application.applicationId,
      governmentCode: application.governmentCode,
      lines,
      stimuli,
      linesCents: sum(lines.map((line) => line.proposedCents)),
      stimuliCents: sum(stimuli.map((stimulus) => stimulus.proposedCents)),
    };
  });
  return {
    rule: ALLOCATION_RULE,
    applications: proposedApplications,
    requestedCents: sum(input.applications.flatMap(({ lines }) => lines.map(requestedCentsOf))),
    linesCents: sum(proposedApplications.map(({ linesCents }) => linesCents)),
    stimuliCents: sum(proposedApplications.map(({ stimuliCents }) => stimuliCents)),
  };
};

/** A line's proposal before the rounds: final for a line without reach or at EUR 0 per KPI, a placeholder otherwise. */
const proposeLineOutsideRounds = (line: SubmittedLine): ProposedLine => {
  const base = {
    indicatorCode: line.indicatorCode,
    priority: line.priority,
    requestedAdditionalReach: line.additionalReach,
    eurPerKpi: line.eurPerKpi,
  };
  if (line.additionalReach === 0)
    return { ...base, proposedAdditionalReach: 0, proposedCents: 0, outcome: 'full', reason: 'Geen bijkomend bereik gevraagd.' };
  if (line.eurPerKpi === 0)
    return {
      ...base,
      proposedAdditionalReach: line.additionalReach,
      proposedCents: 0,
      outcome: 'full',
      reason: 'Volledig gefinancierd: deze indicator kost niets (EUR 0,00 per KPI).',
    };
  return { ...base, proposedAdditionalReach: 0, proposedCents: 0, outcome: 'none', reason: '' };
};

const requestedCentsOf = (line: SubmittedLine): number => line.additionalReach * line.eurPerKpi * CENTS_PER_EURO;

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** Code-unit order, not localeCompare: the order must not depend on the server's locale. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Null first, so a stimulus without a number or partner has a fixed place. */
const compareNullable = <T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number =>
  a === null ? (b === null ? 0 : -1) : b === null ? 1 : compare(a, b);

/** By instant, not by text: the same moment may be written with another offset or precision. */
const byApplication = (a: SubmittedApplication, b: SubmittedApplication): number =>
  Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || compareText(a.applicationId, b.applicationId);

const byLine = (a: SubmittedLine, b: SubmittedLine): number => compareText(a.indicatorCode, b.indicatorCode);

const byStimulus = (a: SubmittedStimulus, b: SubmittedStimulus): number =>
  STIMULUS_KINDS.indexOf(a.kind) - STIMULUS_KINDS.indexOf(b.kind) ||
  compareNullable(a.actionNumber, b.actionNumber, (x, y) => x - y) ||
  compareNullable(a.partnerCode, b.partnerCode, compareText);

const isWholeAmount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** Refuses what no submission can hold, naming every problem at once by its JSON path in the input. */
const assertAllocationInput = ({ availableCents, stimulusCents, applications }: AllocationInput): void => {
  const problems: FieldProblem[] = [];
  const wholeAmount = (field: string, value: number): void => {
    if (!isWholeAmount(value)) problems.push({ field, problem: `must be a whole number of at least 0, got ${value}` });
  };
  wholeAmount('availableCents', availableCents);
  for (const kind of STIMULUS_KINDS) wholeAmount(`stimulusCents.${kind}`, stimulusCents[kind]);

  const applicationIds = new Set<string>();
  applications.forEach((application, index) => {
    const at = `applications[${index}]`;
    if (applicationIds.has(application.applicationId))
      problems.push({ field: `${at}.applicationId`, problem: `application ${application.applicationId} is listed twice` });
    applicationIds.add(application.applicationId);
    if (Number.isNaN(Date.parse(application.submittedAt)))
      problems.push({ field: `${at}.submittedAt`, problem: `must be an ISO 8601 timestamp, got ${application.submittedAt}` });

    const indicatorCodes = new Set<string>();
    application.lines.forEach((line, lineIndex) => {
      const lineAt = `${at}.lines[${lineIndex}]`;
      if (indicatorCodes.has(line.indicatorCode))
        problems.push({
          field: `${lineAt}.indicatorCode`,
          problem: `indicator ${line.indicatorCode} is requested twice in this application`,
        });
      indicatorCodes.add(line.indicatorCode);
      wholeAmount(`${lineAt}.additionalReach`, line.additionalReach);
      wholeAmount(`${lineAt}.eurPerKpi`, line.eurPerKpi);
      if (line.priority === null) {
        if (line.additionalReach > 0)
          problems.push({ field: `${lineAt}.priority`, problem: 'a line with additional reach needs a priority' });
      } else if (!Number.isSafeInteger(line.priority) || line.priority < 1)
        problems.push({ field: `${lineAt}.priority`, problem: `must be a whole number of at least 1, got ${line.priority}` });
      else if (!Number.isSafeInteger(requestedCentsOf(line)))
        problems.push({ field: lineAt, problem: 'the requested amount is too large to count in cents' });
    });

    application.stimuli.forEach((stimulus, stimulusIndex) => {
      if (!STIMULUS_KINDS.includes(stimulus.kind))
        problems.push({
          field: `${at}.stimuli[${stimulusIndex}].kind`,
          problem: `must be one of ${STIMULUS_KINDS.join(', ')}, got ${String(stimulus.kind)}`,
        });
    });
  });
  if (problems.length > 0) throw RuleViolation.of(problems);
};
