import type { ReportReviewedV1 } from '#contracts';

export interface NotifyReviewCommand {
  causeEventId: string;
  review: ReportReviewedV1;
}
