import type { ReviewComment, ReviewOutcome } from '../../domain/report-review.js';

export interface ReviewReportCommand {
  reportId: string;
  outcome: ReviewOutcome;
  comments: ReviewComment[];
  /** Accepted versions only: indicators whose motivation ABB does not accept; every other motivation is accepted. */
  motivationsNotAccepted?: string[];
  reviewedBy: string;
}
