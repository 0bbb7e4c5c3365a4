import type { PricedDecision } from './decision-review.js';

/**
 * Where a decision (or an amendment's revision) stands in the budget saga: budgeting has not answered yet,
 * committed it within the year's budget, or refused it.
 */
export type DecisionStatus = 'pending' | 'committed' | 'refused';

/**
 * One decision attempt on an application: revision 1 is the decision, each accepted amendment the next
 * revision. A refused attempt stays as history; ABB may try again with lower amounts, as a new decision
 * with the same revision number.
 */
export interface ApplicationDecision extends PricedDecision {
  id: string;
  applicationId: string;
  revision: number;
  amendmentId: string | null;
  status: DecisionStatus;
  refusalReason: string | null;
  /** The programme time of the decision. */
  decidedAt: Date;
  decidedBy: string;
  /** When budgeting's answer was applied (programme time). */
  settledAt: Date | null;
}

/** How a decision shows to ABB and the government: in the application's own status words. */
export const decisionStatusView = (status: DecisionStatus): 'decision-pending' | 'decided' | 'refused-by-budget' =>
  status === 'pending' ? 'decision-pending' : status === 'committed' ? 'decided' : 'refused-by-budget';

/**
 * The decision in force: the latest committed revision; before any commitment, the latest attempt (pending or
 * refused). A pending or refused amendment revision never hides the committed one before it.
 */
export const decisionInForce = (attempts: readonly ApplicationDecision[]): ApplicationDecision | undefined => {
  const latestFirst = [...attempts].sort(
    (left, right) => right.revision - left.revision || right.decidedAt.getTime() - left.decidedAt.getTime(),
  );
  return latestFirst.find((attempt) => attempt.status === 'committed') ?? latestFirst[0];
};
