import type { DecisionReview } from '../../domain/decision-review.js';

export interface RecordDecisionCommand extends DecisionReview {
  applicationId: string;
  /** The ABB officer's subject. */
  decidedBy: string;
}
