import type { FieldProblem } from '#domain';

/** What a government must invest itself in a project year: the subsidy for actions (stimuli need no co-financing). */
export const cofinancingObligationCents = (commitments: readonly { linesCents: number }[]): number =>
  commitments.reduce((sum, commitment) => sum + commitment.linesCents, 0);

export type CofinancingStatus = 'covered' | 'shortfall' | 'not-declared';

export interface CofinancingAssessment {
  obligationCents: number;
  declaredCents: number | null;
  /** obligation - declared when the declaration falls short, else 0; the whole obligation while nothing is declared. */
  shortfallCents: number;
  status: CofinancingStatus;
}

/** A declaration below the obligation is a shortfall; no declaration yet is not (yet) a shortfall, but shown as missing. */
export const assessCofinancing = (obligationCents: number, declaredCents: number | null): CofinancingAssessment => {
  if (declaredCents === null) return { obligationCents, declaredCents, shortfallCents: obligationCents, status: 'not-declared' };
  const shortfallCents = Math.max(0, obligationCents - declaredCents);
  return { obligationCents, declaredCents, shortfallCents, status: shortfallCents > 0 ? 'shortfall' : 'covered' };
};

/** A declaration is a whole number of cents, not negative, with the source of the money named. */
export const declarationProblems = (declaredCents: number, source: string): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (!Number.isSafeInteger(declaredCents) || declaredCents < 0)
    problems.push({ field: 'declaredCents', problem: `${declaredCents} is not a whole, non-negative number of cents` });
  if (source.trim().length === 0) problems.push({ field: 'source', problem: 'name where the co-financing comes from' });
  return problems;
};
