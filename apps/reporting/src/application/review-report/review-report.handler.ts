import { Injectable } from '@nestjs/common';
import { findReportingPeriod } from '#catalogue';
import { reportReviewedV2, type ReviewedLineV2 } from '#contracts';
import { AuditTrail } from '#auth';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { motivationAccepted, motivationOf, reviewProblems } from '../../domain/report-review.js';
import { isInterimPeriod } from '../../domain/target-check.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import type { ReportReviewEntity } from '../../infrastructure/report-review.entity.js';
import { ReportReviewRepository } from '../../infrastructure/report-review.repository.js';
import { ReportRepository } from '../../infrastructure/report.repository.js';
import { reviewView, type ReportReviewView } from '../list-reports/list-reports.handler.js';
import type { ReviewReportCommand } from './review-report.command.js';

/**
 * ABB reviews the latest version of a report: accepts it, or requests changes with a comment per indicator, which
 * the government answers with a new version. A version that a newer one replaced is not reviewed (409), nor is a
 * version twice. An acceptance may name the motivations ABB does not accept; report-reviewed v2 carries every
 * indicator of the version with its committed target, so budgeting can judge recovery without reporting's figures.
 */
@Injectable()
export class ReviewReportHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reports: ReportRepository,
    private readonly reviews: ReportReviewRepository,
    private readonly targets: CommittedTargetRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: ReviewReportCommand): Promise<ReportReviewView> {
    return this.unitOfWork.run(async () => {
      const report = await this.reports.find(command.reportId);
      if (!report) throw new NotFound(`reportId: no report ${command.reportId}`);
      // A new version waits for the review, and the review for it: "latest" stays the latest until commit.
      await this.reports.lockSubmissions(report.governmentCode, report.periodCode);
      const latest = await this.reports.latestVersion(report.governmentCode, report.periodCode);
      if (latest && latest.id !== report.id)
        throw new Conflict(
          `reportId: version ${report.version} of ${report.governmentCode} ${report.periodCode} is outdated; ` +
            `review version ${latest.version} (${latest.id})`,
        );
      const earlier = await this.reviews.find(report.id);
      if (earlier) throw new Conflict(`reportId: version ${report.version} was reviewed already (${earlier.outcome})`);
      const motivationsNotAccepted = command.motivationsNotAccepted ?? [];
      const problems = reviewProblems(
        command.outcome,
        command.comments,
        new Set(report.results.map((line) => line.indicatorCode)),
        motivationsNotAccepted,
        new Set(report.results.filter((line) => motivationOf(line) !== null).map((line) => line.indicatorCode)),
      );
      if (problems.length > 0) throw RuleViolation.of(problems);
      const period = findReportingPeriod(report.periodCode);
      if (!period) throw new RuleViolation(`periodCode: ${report.periodCode} is not a reporting period of Plan Samenleven`);
      const review: ReportReviewEntity = {
        reportId: report.id,
        governmentCode: report.governmentCode,
        periodCode: report.periodCode,
        reportVersion: report.version,
        outcome: command.outcome,
        comments: command.comments.map(({ indicatorCode, comment }) => ({ indicatorCode, comment: comment.trim() })),
        motivationsNotAccepted: [...motivationsNotAccepted].sort(),
        reviewedBy: command.reviewedBy,
        reviewedAt: this.clock.now(),
      };
      await this.reviews.insert(review);
      await this.audit.record({ action: 'review-report', objectType: 'report', objectId: report.id, before: null, after: review });
      const notAccepted = new Set(review.motivationsNotAccepted);
      const committed = new Map(
        (await this.targets.ofGovernment(report.governmentCode, report.projectYear)).map((target) => [target.indicatorCode, target]),
      );
      // An indicator a later amendment dropped has no target any more: there is nothing to judge it against.
      const lines = report.results.flatMap((line): ReviewedLineV2[] => {
        const target = committed.get(line.indicatorCode);
        if (!target) return [];
        const motivation = motivationOf(line);
        return [
          {
            indicatorCode: line.indicatorCode,
            // Targets recorded before reporting kept the split count as additional reach (see CommittedTargetEntity).
            currentReach: target.currentReach ?? 0,
            approvedAdditionalReach: target.approvedAdditionalReach ?? target.target - (target.currentReach ?? 0),
            target: target.target,
            realised: line.achieved,
            motivation,
            motivationAccepted: motivationAccepted(review.outcome, motivation, line.indicatorCode, notAccepted),
          },
        ];
      });
      await this.outbox.append(reportReviewedV2, {
        key: report.governmentCode,
        payload: {
          reportId: report.id,
          governmentCode: report.governmentCode,
          projectYear: report.projectYear,
          periodCode: report.periodCode,
          periodKind: isInterimPeriod(period.code) ? 'interim' : 'annual',
          reportVersion: report.version,
          outcome: review.outcome,
          lines: [...lines].sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode)),
          comments: review.comments,
          reviewedAt: review.reviewedAt.toISOString(),
        },
      });
      return reviewView(review);
    });
  }
}
