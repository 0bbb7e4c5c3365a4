import type { FieldProblem } from '#domain';
import { formatEuro } from './money.js';

export type DecisionOutcome = 'committed' | 'refused' | 'superseded';

export interface CommittedLine {
  indicatorCode: string;
  approvedAdditionalReach: number;
  target: number;
  eurPerKpi: number;
  amountCents: number;
}

export interface CommittedStimulus {
  kind: 'mentorship' | 'cooperation';
  actionNumber: number | null;
  partnerCode: string | null;
  amountCents: number;
}

/** A decision revision as applications priced it (application-decided): budgeting never prices again. */
export interface DecidedRevision {
  lines: readonly CommittedLine[];
  stimuli: readonly CommittedStimulus[];
  linesCents: number;
  stimuliCents: number;
  totalCents: number;
}

/**
 * A revision is committed only when it is consistent in itself: each line at most approved KPI x rate, every
 * indicator once, and the parts adding up to the totals it announces.
 */
export const decidedRevisionProblems = (decided: DecidedRevision): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  decided.lines.forEach((line, index) => {
    if (seen.has(line.indicatorCode))
      problems.push({ field: `lines[${index}].indicatorCode`, problem: `${line.indicatorCode} appears twice` });
    seen.add(line.indicatorCode);
    const full = line.approvedAdditionalReach * line.eurPerKpi * 100;
    if (line.amountCents > full)
      problems.push({ field: `lines[${index}].amountCents`, problem: `${line.amountCents} is more than ${full} (approved KPI x rate)` });
  });
  const linesCents = decided.lines.reduce((sum, line) => sum + line.amountCents, 0);
  const stimuliCents = decided.stimuli.reduce((sum, stimulus) => sum + stimulus.amountCents, 0);
  if (linesCents !== decided.linesCents)
    problems.push({ field: 'linesCents', problem: `${decided.linesCents} is not the sum of the lines (${linesCents})` });
  if (stimuliCents !== decided.stimuliCents)
    problems.push({ field: 'stimuliCents', problem: `${decided.stimuliCents} is not the sum of the stimuli (${stimuliCents})` });
  if (decided.totalCents !== decided.linesCents + decided.stimuliCents)
    problems.push({ field: 'totalCents', problem: `${decided.totalCents} is not linesCents + stimuliCents` });
  return problems;
};

/** The revision of an application in force in budgeting, if any. */
export interface RevisionInForce {
  revision: number;
  committedCents: number;
}

export type DecisionAnswer =
  | { outcome: 'committed'; deltaCents: number; yearCommittedCents: number }
  | { outcome: 'refused'; deltaCents: number; availableCents: number; reason: string }
  | { outcome: 'superseded'; deltaCents: 0; reason: string };

/**
 * Whether a decision revision fits the year: what it adds to the commitments of the revision in force (the whole
 * amount for a first decision, negative for an amendment lowering it) must fit in what the year has left. A lower
 * revision always fits. A revision not newer than the one in force is superseded: it arrived late and changes nothing.
 * Called under the year's lock, so two decisions can never both take the last of the budget.
 */
export const answerDecision = (input: {
  projectYear: number;
  revision: number;
  totalCents: number;
  inForce: RevisionInForce | undefined;
  budgetCents: number;
  yearCommittedCents: number;
  /** What the application has been paid so far: an amendment may not lower the commitment below it. */
  paidCents?: number;
}): DecisionAnswer => {
  const { projectYear, revision, totalCents, inForce, budgetCents, yearCommittedCents, paidCents = 0 } = input;
  if (inForce && revision <= inForce.revision)
    return {
      outcome: 'superseded',
      deltaCents: 0,
      reason: `revisie ${inForce.revision} is al vastgelegd; revisie ${revision} komt te laat`,
    };
  const deltaCents = totalCents - (inForce?.committedCents ?? 0);
  const availableCents = budgetCents - yearCommittedCents;
  if (deltaCents > 0 && deltaCents > availableCents)
    return {
      outcome: 'refused',
      deltaCents,
      availableCents,
      reason:
        `Het budget van projectjaar ${projectYear} volstaat niet: ${formatEuro(deltaCents)} gevraagd, ` +
        `${formatEuro(Math.max(availableCents, 0))} beschikbaar.`,
    };
  if (totalCents < paidCents)
    return {
      outcome: 'refused',
      deltaCents,
      availableCents,
      reason: `Er is al ${formatEuro(paidCents)} uitbetaald; de vastlegging kan niet dalen tot ${formatEuro(totalCents)}.`,
    };
  return { outcome: 'committed', deltaCents, yearCommittedCents: yearCommittedCents + deltaCents };
};
