import type { FieldProblem } from '#domain';

export const REVIEW_OUTCOMES = ['accepted', 'changes-requested'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface ReviewComment {
  indicatorCode: string;
  comment: string;
}

/**
 * A request for changes says what to change: at least one comment, each on an indicator the reviewed version
 * reports (an acceptance may comment too, on the same terms).
 */
export const reviewProblems = (
  outcome: ReviewOutcome,
  comments: readonly ReviewComment[],
  reportedIndicators: ReadonlySet<string>,
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
  return problems;
};
