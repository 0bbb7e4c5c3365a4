import { Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ProgrammeClockConsumer, SERVICE_CONFIG, type ServiceConfig } from '#platform';
import { FigureAggregator } from './application/aggregate-figures/figure-aggregator.js';
import { ExportFiguresHandler } from './application/export-figures/export-figures.handler.js';
import { RebuildFiguresHandler } from './application/rebuild-figures/rebuild-figures.handler.js';
import { FireDueDeadlinesHandler } from './application/fire-deadlines/fire-due-deadlines.handler.js';
import { OverdueReturnsListener } from './application/fire-deadlines/overdue-returns.listener.js';
import { MarkNotReportedOnOverdue } from './application/mark-not-reported/mark-not-reported-on-overdue.js';
import { ApplyReportHandler } from './application/apply-report/apply-report.handler.js';
import { IndicatorStatusCheck } from './application/check-targets/indicator-status-check.js';
import { TargetCheckSettings } from './application/check-targets/target-check-settings.js';
import { ClearAtRiskFlagHandler } from './application/clear-at-risk-flag/clear-at-risk-flag.handler.js';
import { GetReportTemplateHandler } from './application/get-report-template/get-report-template.handler.js';
import { GetFiguresHandler } from './application/get-figures/get-figures.handler.js';
import { GetStatusesHandler } from './application/get-statuses/get-statuses.handler.js';
import { ListExpectedReturnsHandler } from './application/list-expected-returns/list-expected-returns.handler.js';
import { ListBehindHandler } from './application/list-behind/list-behind.handler.js';
import { ListReportsHandler } from './application/list-reports/list-reports.handler.js';
import { ListTargetsHandler } from './application/list-targets/list-targets.handler.js';
import { MarkNotReportedHandler } from './application/mark-not-reported/mark-not-reported.handler.js';
import { RecordTargetsHandler } from './application/record-targets/record-targets.handler.js';
import { ReviewReportHandler } from './application/review-report/review-report.handler.js';
import { SubmitReportHandler } from './application/submit-report/submit-report.handler.js';
import { UploadReportHandler } from './application/upload-report/upload-report.handler.js';
import { AtRiskFlagRepository } from './infrastructure/at-risk-flag.repository.js';
import { CommittedTargetRepository } from './infrastructure/committed-target.repository.js';
import { ExpectedReturnRepository } from './infrastructure/expected-return.repository.js';
import { IndicatorResultRepository } from './infrastructure/indicator-result.repository.js';
import { ReportReviewRepository } from './infrastructure/report-review.repository.js';
import { FiguresRepository } from './infrastructure/figures.repository.js';
import { GovernmentYearRepository } from './infrastructure/government-year.repository.js';
import { ReturnDeadlineRepository } from './infrastructure/return-deadline.repository.js';
import { ReportRepository } from './infrastructure/report.repository.js';
import { ReportTemplateWorkbook } from './infrastructure/report-template.workbook.js';
import { TargetCommitmentRepository } from './infrastructure/target-commitment.repository.js';
import { ReportTemplateController } from './interface/http/report-template.controller.js';
import { AtRiskFlagsController } from './interface/http/at-risk-flags.controller.js';
import { FiguresController } from './interface/http/figures.controller.js';
import { ReportsController } from './interface/http/reports.controller.js';
import { TargetsController } from './interface/http/targets.controller.js';
import { ReportingConsumer } from './interface/kafka/reporting.consumer.js';
import { xlsxBody } from './interface/http/xlsx-body.middleware.js';
import { StatusReconciler } from './application/check-targets/status-reconciler.js';
import { RebuildStatusesHandler } from './application/rebuild-figures/rebuild-statuses.handler.js';
import { NetworkFiguresController } from './interface/http/network-figures.controller.js';
import { NetworkMembershipRepository } from './infrastructure/network-membership.repository.js';
import { RecordNetworkMembersHandler } from './application/record-network-members/record-network-members.handler.js';
import { GetNetworkFiguresHandler } from './application/get-network-figures/get-network-figures.handler.js';
import { GetPublicResultsHandler } from './application/get-public-results/get-public-results.handler.js';
import { PublicResultsController } from './interface/http/public-results.controller.js';
import { GetReportDraftHandler } from './application/get-report-draft/get-report-draft.handler.js';
import { SaveReportDraftHandler } from './application/save-report-draft/save-report-draft.handler.js';
import { ReportDraftRepository } from './infrastructure/report-draft.repository.js';
import { ReportDraftsController } from './interface/http/report-drafts.controller.js';
import { DeadlinePoller } from './interface/schedule/deadline.poller.js';

@Module({})
export class ReportingModule implements NestModule {
  static forRoot(config: Pick<ServiceConfig, 'laggingTolerance'>): DynamicModule {
    return {
      module: ReportingModule,
      // The template routes first: a later `reports/:id` must not catch `reports/template`.
      controllers: [
        ReportTemplateController,
        ReportsController,
        FiguresController,
        AtRiskFlagsController,
        TargetsController,
        NetworkFiguresController,
        PublicResultsController,
        ReportDraftsController,
        ReportingConsumer,
        ProgrammeClockConsumer,
      ],
      providers: [
        { provide: TargetCheckSettings, useValue: new TargetCheckSettings(config.laggingTolerance) },
        SubmitReportHandler,
        RecordTargetsHandler,
        ApplyReportHandler,
        IndicatorStatusCheck,
        StatusReconciler,
        MarkNotReportedHandler,
        ClearAtRiskFlagHandler,
        ReviewReportHandler,
        ListReportsHandler,
        GetFiguresHandler,
        GetPublicResultsHandler,
        GetReportDraftHandler,
        SaveReportDraftHandler,
        ReportDraftRepository,
        GetStatusesHandler,
        ReportRepository,
        NetworkMembershipRepository,
        RecordNetworkMembersHandler,
        GetNetworkFiguresHandler,
        ReportReviewRepository,
        AtRiskFlagRepository,
        CommittedTargetRepository,
        IndicatorResultRepository,
        FiguresRepository,
        GovernmentYearRepository,
        FigureAggregator,
        ExportFiguresHandler,
        RebuildFiguresHandler,
        RebuildStatusesHandler,
        ListTargetsHandler,
        ListExpectedReturnsHandler,
        ListBehindHandler,
        TargetCommitmentRepository,
        ExpectedReturnRepository,
        GetReportTemplateHandler,
        UploadReportHandler,
        ReportTemplateWorkbook,
        ReturnDeadlineRepository,
        FireDueDeadlinesHandler,
        { provide: OverdueReturnsListener, useClass: MarkNotReportedOnOverdue },
        {
          provide: DeadlinePoller,
          useFactory: (fireDueDeadlines: FireDueDeadlinesHandler, serviceConfig: ServiceConfig) =>
            new DeadlinePoller(fireDueDeadlines, serviceConfig.deadlineIntervalMs),
          inject: [FireDueDeadlinesHandler, SERVICE_CONFIG],
        },
      ],
    };
  }

  /** The Excel upload is the one route with a binary body; every other body is JSON (the platform's parser). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(xlsxBody).forRoutes({ path: 'reports/upload', method: RequestMethod.POST });
  }
}
