import type { ReportReviewedV1, ReportReviewedV2 } from '#contracts';

export interface NotifyReviewCommand {
  causeEventId: string;
  /** v2 is what reporting publishes; v1 events may still be in the log and are told the same way. */
  review: ReportReviewedV1 | ReportReviewedV2;
}
