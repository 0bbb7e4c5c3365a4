import type { FieldProblem } from '#domain';

export type PaymentCondition = 'decision' | 'annual-report-accepted';
export const PAYMENT_CONDITION_VALUES: readonly PaymentCondition[] = ['decision', 'annual-report-accepted'];

/** One instalment of a project year's payment schedule: a share of the commitment, paid once its condition is met. */
export interface Instalment {
  label: string;
  /** Whole percent of the commitment; the shares of a schedule add up to 100. */
  sharePercent: number;
  condition: PaymentCondition;
}

/** The default: an advance of 50% after the decision, the balance after ABB accepted the annual report. */
export const DEFAULT_SCHEDULE: readonly Instalment[] = [
  { label: 'voorschot', sharePercent: 50, condition: 'decision' },
  { label: 'saldo', sharePercent: 50, condition: 'annual-report-accepted' },
];

export const MAX_INSTALMENTS = 6;

/** A schedule ABB sets: 1 to 6 instalments, whole percent shares of at least 1 adding up to 100, each label once. */
export const scheduleProblems = (instalments: readonly Instalment[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (instalments.length === 0 || instalments.length > MAX_INSTALMENTS)
    problems.push({ field: 'instalments', problem: `a schedule has 1 to ${MAX_INSTALMENTS} instalments, got ${instalments.length}` });
  const labels = new Set<string>();
  instalments.forEach((instalment, index) => {
    if (!Number.isInteger(instalment.sharePercent) || instalment.sharePercent < 1 || instalment.sharePercent > 100)
      problems.push({
        field: `instalments[${index}].sharePercent`,
        problem: `${instalment.sharePercent} is not a whole percent from 1 to 100`,
      });
    if (!PAYMENT_CONDITION_VALUES.includes(instalment.condition))
      problems.push({ field: `instalments[${index}].condition`, problem: `${String(instalment.condition)} is not a payment condition` });
    if (labels.has(instalment.label)) problems.push({ field: `instalments[${index}].label`, problem: `${instalment.label} appears twice` });
    labels.add(instalment.label);
  });
  const total = instalments.reduce((sum, instalment) => sum + instalment.sharePercent, 0);
  if (instalments.length > 0 && total !== 100) problems.push({ field: 'instalments', problem: `the shares add up to ${total}%, not 100%` });
  return problems;
};

/**
 * The amount of each instalment of a commitment: instalment i brings the payments to floor(commitment x its cumulative
 * share) and the last one to the whole commitment, so the amounts are whole cents and add up to the commitment exactly.
 */
export const instalmentAmounts = (committedCents: number, shares: readonly number[]): number[] => {
  let cumulativeShare = 0;
  let previous = 0;
  return shares.map((share, index) => {
    cumulativeShare += share;
    const cumulative = index === shares.length - 1 ? committedCents : Math.floor((committedCents * cumulativeShare) / 100);
    const amount = cumulative - previous;
    previous = cumulative;
    return amount;
  });
};

export interface ScheduledInstalment {
  sharePercent: number;
  /** The amount paid when released; null while not released. */
  releasedCents: number | null;
}

/**
 * After an amendment the instalments not yet released are worked out again from the new commitment: a released one
 * keeps what was paid; one not released brings the payments to its cumulative share of the new commitment (at least 0),
 * and the last not released takes whatever is left, so the schedule again adds up to the commitment. When every
 * instalment has been released and the commitment rose, the difference is a new instalment (`topUpCents`).
 * Never below what was paid: budgeting refuses an amendment that lowers the commitment below it.
 */
export const rescheduledAmounts = (
  committedCents: number,
  instalments: readonly ScheduledInstalment[],
): { amounts: number[]; topUpCents: number } => {
  const targets = instalmentAmounts(
    committedCents,
    instalments.map((instalment) => instalment.sharePercent),
  ).reduce<number[]>((cumulative, amount) => [...cumulative, (cumulative.at(-1) ?? 0) + amount], []);
  const releasedCents = instalments.reduce((sum, instalment) => sum + (instalment.releasedCents ?? 0), 0);
  const lastOpen = instalments.map((instalment) => instalment.releasedCents === null).lastIndexOf(true);
  // What the instalments not yet released share between them.
  let room = Math.max(0, committedCents - releasedCents);
  let assigned = 0;
  const amounts = instalments.map((instalment, index) => {
    if (instalment.releasedCents !== null) {
      assigned += instalment.releasedCents;
      return instalment.releasedCents;
    }
    const amount = index === lastOpen ? room : Math.min(room, Math.max(0, (targets[index] ?? 0) - assigned));
    room -= amount;
    assigned += amount;
    return amount;
  });
  return { amounts, topUpCents: lastOpen === -1 ? room : 0 };
};

/** A payment may be released only while the government's payments of the year stay within what it was committed. */
export const releaseProblem = (amountCents: number, paidCents: number, committedCents: number): string | null => {
  if (amountCents <= 0) return 'nothing to pay: the instalment is 0 cents';
  if (paidCents + amountCents > committedCents)
    return `paying ${amountCents} cents brings the payments to ${paidCents + amountCents} cents, above the ${committedCents} committed`;
  return null;
};
