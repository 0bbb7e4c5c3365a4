import type { ReviewComment, ReviewOutcome } from '../../domain/report-review.js';

export interface ReviewReportCommand {
  reportId: string;
  outcome: ReviewOutcome;
  comments: ReviewComment[];
  reviewedBy: string;
}
