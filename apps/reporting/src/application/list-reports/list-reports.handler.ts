import { Injectable } from '@nestjs/common';
import type { ReportLine } from '../../domain/report.js';
import type { ReviewComment, ReviewOutcome } from '../../domain/report-review.js';
import type { ReportReviewEntity } from '../../infrastructure/report-review.entity.js';
import { ReportReviewRepository } from '../../infrastructure/report-review.repository.js';
import type { ReportEntity } from '../../infrastructure/report.entity.js';
import { ReportRepository } from '../../infrastructure/report.repository.js';
import type { ListReportsQuery } from './list-reports.query.js';

export interface ReportReviewView {
  reportId: string;
  reportVersion: number;
  outcome: ReviewOutcome;
  comments: ReviewComment[];
  /** Accepted versions: the indicators whose motivation ABB did not accept (every other motivation was). */
  motivationsNotAccepted: string[];
  reviewedBy: string;
  reviewedAt: string;
}

export interface ReportView {
  reportId: string;
  governmentCode: string;
  projectYear: number;
  periodCode: string;
  version: number;
  /** false: a newer version replaced this one in every figure. */
  latest: boolean;
  results: ReportLine[];
  submittedBy: string;
  submittedAt: string;
  due: string;
  late: boolean;
  /** ABB's review of this version; null while it waits for one. */
  review: ReportReviewView | null;
}

export const reviewView = (review: ReportReviewEntity): ReportReviewView => ({
  reportId: review.reportId,
  reportVersion: review.reportVersion,
  outcome: review.outcome,
  comments: review.comments,
  motivationsNotAccepted: review.motivationsNotAccepted,
  reviewedBy: review.reviewedBy,
  reviewedAt: review.reviewedAt.toISOString(),
});

/** The versions of result reports with ABB's reviews and comments; access (own government only) is the caller's. */
@Injectable()
export class ListReportsHandler {
  constructor(
    private readonly reports: ReportRepository,
    private readonly reviews: ReportReviewRepository,
  ) {}

  async execute(query: ListReportsQuery): Promise<ReportView[]> {
    return this.views(await this.reports.list(query));
  }

  /** One version, or null when there is none with this id. */
  async one(reportId: string): Promise<ReportView | null> {
    const report = await this.reports.find(reportId);
    if (!report) return null;
    const latest = await this.reports.latestVersion(report.governmentCode, report.periodCode);
    const [view] = await this.views([report], latest?.version);
    return view ?? null;
  }

  private async views(reports: ReportEntity[], latestVersion?: number): Promise<ReportView[]> {
    const reviews = new Map((await this.reviews.ofReports(reports.map((report) => report.id))).map((review) => [review.reportId, review]));
    const latest = new Map<string, number>();
    for (const report of reports) {
      const key = `${report.governmentCode}/${report.periodCode}`;
      latest.set(key, Math.max(latest.get(key) ?? 0, latestVersion ?? report.version));
    }
    return reports.map((report) => {
      const review = reviews.get(report.id);
      return {
        reportId: report.id,
        governmentCode: report.governmentCode,
        projectYear: report.projectYear,
        periodCode: report.periodCode,
        version: report.version,
        latest: report.version === latest.get(`${report.governmentCode}/${report.periodCode}`),
        results: report.results,
        submittedBy: report.submittedBy,
        submittedAt: report.submittedAt.toISOString(),
        due: report.due,
        late: report.late,
        review: review ? reviewView(review) : null,
      };
    });
  }
}
