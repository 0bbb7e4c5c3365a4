import { RuleViolation, type FieldProblem } from '#domain';
import type { ApplicationLine, RequestedStimuli } from './application.js';

/** The catalogue's price of an indicator under the application's catalogue version. */
export interface LinePrice {
  eurPerKpi: number;
  maxPerApplicant: number;
}

export type StimulusKind = 'mentorship' | 'cooperation';

/** ABB's review of one line: approve (all or fewer KPI, 0 rejects), optionally award less than KPI x rate. */
export interface LineReview {
  indicatorCode: string;
  approvedAdditionalReach: number;
  /** A lower award than approved x rate (needs a reason); absent or null: approved x rate. */
  amountCents?: number | null;
  reason?: string | null;
}

/** ABB's verdict on one requested stimulus. */
export interface StimulusReview {
  kind: StimulusKind;
  actionNumber?: number | null;
  partnerCode?: string | null;
  granted: boolean;
}

export interface DecisionReview {
  lines: LineReview[];
  stimuli: StimulusReview[];
}

/** A decided line: the target the government reports against and what it is paid. */
export interface DecidedLine {
  indicatorCode: string;
  currentReach: number;
  requestedAdditionalReach: number;
  /** 0 for a rejected line. */
  approvedAdditionalReach: number;
  /** current reach + approved additional reach. */
  target: number;
  eurPerKpi: number;
  amountCents: number;
  reason: string | null;
}

export interface DecidedStimulus {
  kind: StimulusKind;
  actionNumber: number | null;
  partnerCode: string | null;
  granted: boolean;
  /** The fixed amount when granted, 0 when not. */
  amountCents: number;
}

/** What a decision (or an accepted amendment) fixes: lines, stimuli and their totals in euro cents. */
export interface PricedDecision {
  lines: DecidedLine[];
  stimuli: DecidedStimulus[];
  linesCents: number;
  stimuliCents: number;
  totalCents: number;
}

/** The fixed amount of a granted stimulus (catalogue `stimuli`: EUR 10,000 each, no co-financing). */
export type StimulusAmounts = Readonly<Record<StimulusKind, number>>;

export interface ReviewedApplication {
  lines: readonly ApplicationLine[];
  stimuli: RequestedStimuli;
}

const CENTS_PER_EURO = 100;

/** What approved KPI earn at the catalogue rate (catalogue rule `subsidyPerLine`), in cents. */
export const fullAmountCents = (approvedAdditionalReach: number, eurPerKpi: number): number =>
  approvedAdditionalReach * eurPerKpi * CENTS_PER_EURO;

const isWholeNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

const stimulusLabel = (kind: StimulusKind, key: number | string | null | undefined): string =>
  kind === 'mentorship' ? `the mentorship on action ${key ?? '?'}` : `the cooperation with ${key ?? '?'}`;

/** The sums of a decision's lines and stimuli; the total is their sum, so the parts always add up exactly. */
export const withTotals = (lines: DecidedLine[], stimuli: DecidedStimulus[]): PricedDecision => {
  const linesCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const stimuliCents = stimuli.reduce((sum, stimulus) => sum + stimulus.amountCents, 0);
  return { lines, stimuli, linesCents, stimuliCents, totalCents: linesCents + stimuliCents };
};

const reviewLines = (
  application: ReviewedApplication,
  reviews: readonly LineReview[],
  priceOf: (indicatorCode: string) => LinePrice | undefined,
  problems: FieldProblem[],
): DecidedLine[] => {
  const requested = new Map(application.lines.map((line) => [line.indicatorCode, line]));
  const reviewed = new Map<string, DecidedLine>();
  const seen = new Set<string>();
  reviews.forEach((review, index) => {
    const field = `lines[${index}]`;
    const line = requested.get(review.indicatorCode);
    if (!line) {
      problems.push({ field: `${field}.indicatorCode`, problem: `${review.indicatorCode} is not a line of this application` });
      return;
    }
    if (seen.has(review.indicatorCode)) {
      problems.push({ field: `${field}.indicatorCode`, problem: `${review.indicatorCode} is decided more than once` });
      return;
    }
    seen.add(review.indicatorCode);
    const price = priceOf(review.indicatorCode);
    if (!price) {
      problems.push({
        field: `${field}.indicatorCode`,
        problem: `${review.indicatorCode} is not subsidised under the application's catalogue version in its project year`,
      });
      return;
    }
    const requestedReach = line.additionalReach ?? 0;
    const approved = review.approvedAdditionalReach;
    const before = problems.length;
    if (!isWholeNumber(approved)) problems.push({ field: `${field}.approvedAdditionalReach`, problem: `must be a whole number >= 0` });
    else if (approved > requestedReach)
      problems.push({
        field: `${field}.approvedAdditionalReach`,
        problem: `${approved} is more than the ${requestedReach} requested for ${review.indicatorCode}`,
      });
    else if (approved > price.maxPerApplicant)
      problems.push({
        field: `${field}.approvedAdditionalReach`,
        problem: `${approved} exceeds the cap of ${price.maxPerApplicant} for ${review.indicatorCode}`,
      });
    const reason = typeof review.reason === 'string' && review.reason.trim() !== '' ? review.reason.trim() : null;
    let amountCents = isWholeNumber(approved) ? fullAmountCents(approved, price.eurPerKpi) : 0;
    if (review.amountCents !== undefined && review.amountCents !== null) {
      const full = amountCents;
      if (!isWholeNumber(review.amountCents))
        problems.push({ field: `${field}.amountCents`, problem: 'must be a whole number of cents >= 0' });
      else if (review.amountCents > full)
        problems.push({
          field: `${field}.amountCents`,
          problem: `${review.amountCents} is more than ${approved} x EUR ${price.eurPerKpi} = ${full} cents`,
        });
      else {
        if (review.amountCents < full && reason === null)
          problems.push({
            field: `${field}.reason`,
            problem: `a reason is required for awarding ${review.amountCents} cents, less than ${approved} x EUR ${price.eurPerKpi}`,
          });
        amountCents = review.amountCents;
      }
    }
    if (problems.length > before) return;
    const currentReach = line.currentReach ?? 0;
    reviewed.set(review.indicatorCode, {
      indicatorCode: review.indicatorCode,
      currentReach,
      requestedAdditionalReach: requestedReach,
      approvedAdditionalReach: approved,
      target: currentReach + approved,
      eurPerKpi: price.eurPerKpi,
      amountCents,
      reason,
    });
  });
  const decided: DecidedLine[] = [];
  for (const line of application.lines) {
    const requestedReach = line.additionalReach ?? 0;
    const review = reviewed.get(line.indicatorCode);
    if (review) decided.push(review);
    else if (requestedReach > 0) {
      if (!reviews.some((candidate) => candidate.indicatorCode === line.indicatorCode))
        problems.push({ field: 'lines', problem: `${line.indicatorCode} (${requestedReach} requested) is not decided` });
    } else {
      // A line planned without additional reach asks for nothing: decided as it stands, at 0.
      const price = priceOf(line.indicatorCode);
      const currentReach = line.currentReach ?? 0;
      decided.push({
        indicatorCode: line.indicatorCode,
        currentReach,
        requestedAdditionalReach: 0,
        approvedAdditionalReach: 0,
        target: currentReach,
        eurPerKpi: price?.eurPerKpi ?? 0,
        amountCents: 0,
        reason: null,
      });
    }
  }
  return decided;
};

const reviewStimuli = (
  application: ReviewedApplication,
  reviews: readonly StimulusReview[],
  amounts: StimulusAmounts,
  problems: FieldProblem[],
): DecidedStimulus[] => {
  const requested: { kind: StimulusKind; key: number | string }[] = [
    ...application.stimuli.mentorships.map((mentorship) => ({ kind: 'mentorship' as const, key: mentorship.actionNumber })),
    ...(application.stimuli.cooperation ? [{ kind: 'cooperation' as const, key: application.stimuli.cooperation.partnerCode }] : []),
  ];
  const isRequested = (kind: StimulusKind, key: number | string): boolean =>
    requested.some((candidate) => candidate.kind === kind && candidate.key === key);
  const decided = new Map<string, DecidedStimulus>();
  const seen = new Set<string>();
  reviews.forEach((review, index) => {
    const field = `stimuli[${index}]`;
    const key = review.kind === 'mentorship' ? review.actionNumber : review.partnerCode;
    if (key === undefined || key === null) {
      problems.push({
        field: review.kind === 'mentorship' ? `${field}.actionNumber` : `${field}.partnerCode`,
        problem: review.kind === 'mentorship' ? 'a mentorship names its action' : 'a cooperation names its partner',
      });
      return;
    }
    if (!isRequested(review.kind, key)) {
      problems.push({ field, problem: `${stimulusLabel(review.kind, key)} was not requested` });
      return;
    }
    const id = `${review.kind}:${key}`;
    if (seen.has(id)) {
      problems.push({ field, problem: `${stimulusLabel(review.kind, key)} is decided more than once` });
      return;
    }
    seen.add(id);
    if (typeof review.granted !== 'boolean') {
      problems.push({ field: `${field}.granted`, problem: 'must be true or false' });
      return;
    }
    decided.set(id, {
      kind: review.kind,
      actionNumber: review.kind === 'mentorship' ? (key as number) : null,
      partnerCode: review.kind === 'cooperation' ? (key as string) : null,
      granted: review.granted,
      amountCents: review.granted ? amounts[review.kind] : 0,
    });
  });
  const ordered: DecidedStimulus[] = [];
  for (const { kind, key } of requested) {
    const stimulus = decided.get(`${kind}:${key}`);
    if (stimulus) ordered.push(stimulus);
    else if (!reviews.some((review) => review.kind === kind && (kind === 'mentorship' ? review.actionNumber : review.partnerCode) === key))
      problems.push({ field: 'stimuli', problem: `${stimulusLabel(kind, key)} is not decided` });
  }
  return ordered;
};

/**
 * ABB's review of a submitted application, priced: each line approved as requested or fewer (0 rejects it),
 * paid approved x rate or a lower amount with a reason; each requested stimulus granted or not. Targets are
 * current + approved additional reach. Refuses with every problem at once, each naming its line and field;
 * the decided lines and stimuli follow the application's order, whatever order ABB sent them in.
 */
export const reviewApplication = (
  application: ReviewedApplication,
  review: DecisionReview,
  priceOf: (indicatorCode: string) => LinePrice | undefined,
  amounts: StimulusAmounts,
): PricedDecision => {
  const problems: FieldProblem[] = [];
  const lines = reviewLines(application, review.lines, priceOf, problems);
  const stimuli = reviewStimuli(application, review.stimuli, amounts, problems);
  if (problems.length > 0) throw RuleViolation.of(problems);
  return withTotals(lines, stimuli);
};
