import type { FieldProblem } from '#domain';

export const REVIEW_OUTCOMES = ['accepted', 'changes-requested'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface ReviewComment {
  indicatorCode: string;
  comment: string;
}

/**
 * A request for changes says what to change: at least one comment, each on an indicator the reviewed version
 * reports (an acceptance may comment too, on the same terms). An acceptance may name the indicators whose motivation
 * ABB does not accept: each once, each an indicator the version motivates. A request for changes names none: the
 * government answers it with a new version, whose motivations the next review judges.
 */
export const reviewProblems = (
  outcome: ReviewOutcome,
  comments: readonly ReviewComment[],
  reportedIndicators: ReadonlySet<string>,
  motivationsNotAccepted: readonly string[] = [],
  motivatedIndicators: ReadonlySet<string> = new Set(),
): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (outcome === 'changes-requested' && comments.length === 0)
    problems.push({ field: 'comments', problem: 'a request for changes names at least one indicator and what to change' });
  comments.forEach((comment, index) => {
    if (!reportedIndicators.has(comment.indicatorCode))
      problems.push({
        field: `comments[${index}].indicatorCode`,
        problem: `${comment.indicatorCode} is not an indicator of the reviewed report (${[...reportedIndicators].sort().join(', ')})`,
      });
    if (comment.comment.trim() === '') problems.push({ field: `comments[${index}].comment`, problem: 'says nothing' });
  });
  if (outcome !== 'accepted' && motivationsNotAccepted.length > 0)
    problems.push({
      field: 'motivationsNotAccepted',
      problem: 'only an acceptance judges motivations; a request for changes leaves them to the next version',
    });
  const named = new Set<string>();
  motivationsNotAccepted.forEach((indicatorCode, index) => {
    const field = `motivationsNotAccepted[${index}]`;
    if (named.has(indicatorCode)) problems.push({ field, problem: `${indicatorCode} appears more than once` });
    else if (!reportedIndicators.has(indicatorCode))
      problems.push({
        field,
        problem: `${indicatorCode} is not an indicator of the reviewed report (${[...reportedIndicators].sort().join(', ')})`,
      });
    else if (!motivatedIndicators.has(indicatorCode))
      problems.push({ field, problem: `${indicatorCode} carries no motivation in the reviewed report; there is nothing to refuse` });
    named.add(indicatorCode);
  });
  return problems;
};

/**
 * Whether ABB accepted an indicator's motivation, as report-reviewed v2 says it: null when the version gives none,
 * and null on a request for changes (not judged: the government answers with a new version); on an acceptance every
 * motivation counts as accepted unless ABB named its indicator in motivationsNotAccepted.
 */
export const motivationAccepted = (
  outcome: ReviewOutcome,
  motivation: string | null,
  indicatorCode: string,
  motivationsNotAccepted: ReadonlySet<string>,
): boolean | null => {
  if (motivation === null || outcome !== 'accepted') return null;
  return !motivationsNotAccepted.has(indicatorCode);
};

/** A motivation counts when it says something; blank text is none. */
export const motivationOf = (line: { motivation?: string }): string | null => {
  const text = line.motivation?.trim() ?? '';
  return text === '' ? null : text;
};
