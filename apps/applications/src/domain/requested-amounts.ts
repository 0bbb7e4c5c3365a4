import { stimulusAmountCents } from '#catalogue';
import type { ApplicationLine, RequestedStimuli } from './application.js';
import type { PricedIndicator } from './catalogue-lookup.js';

export interface RequestedAmounts {
  lines: { indicatorCode: string; requestedCents: number }[];
  /** The lines added up; the stimuli are counted separately. */
  linesCents: number;
  stimuliCents: number;
}

/**
 * Catalogue rule `subsidyPerLine`, for what an applicant asks: additional reach x euro per KPI, never above
 * cap x euro per KPI, in integer euro cents. A draft may be incomplete: a line without additional reach, with
 * an indicator the call does not subsidise, or with a reach that is not a whole number >= 0 asks for nothing
 * (submitting names the problem).
 */
export const requestedLineCents = (additionalReach: number | null, price: PricedIndicator | undefined): number => {
  if (price === undefined || additionalReach === null || !Number.isInteger(additionalReach) || additionalReach <= 0) return 0;
  return Math.min(additionalReach, price.maxPerApplicant) * price.eurPerKpi * 100;
};

/** Every mentorship and a cooperation each bring one stimulus amount (a social impact bond has no published amount). */
export const requestedStimuliCents = (stimuli: RequestedStimuli): number =>
  stimuli.mentorships.length * stimulusAmountCents('mentorship') + (stimuli.cooperation === null ? 0 : stimulusAmountCents('cooperation'));

export const requestedAmounts = (
  lines: ApplicationLine[],
  stimuli: RequestedStimuli,
  priced: ReadonlyMap<string, PricedIndicator>,
): RequestedAmounts => {
  const requested = lines.map((line) => ({
    indicatorCode: line.indicatorCode,
    requestedCents: requestedLineCents(line.additionalReach, priced.get(line.indicatorCode)),
  }));
  return {
    lines: requested,
    linesCents: requested.reduce((sum, line) => sum + line.requestedCents, 0),
    stimuliCents: requestedStimuliCents(stimuli),
  };
};
