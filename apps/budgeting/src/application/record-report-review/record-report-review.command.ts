import type { ReportReviewedV2 } from '#contracts';

export interface RecordReportReviewCommand {
  review: ReportReviewedV2;
}
