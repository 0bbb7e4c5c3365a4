import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '#platform';
import { ApplyReportHandler } from './application/apply-report/apply-report.handler.js';
import { IndicatorStatusCheck } from './application/check-targets/indicator-status-check.js';
import { TargetCheckSettings } from './application/check-targets/target-check-settings.js';
import { ClearAtRiskFlagHandler } from './application/clear-at-risk-flag/clear-at-risk-flag.handler.js';
import { GetFiguresHandler } from './application/get-figures/get-figures.handler.js';
import { GetStatusesHandler } from './application/get-statuses/get-statuses.handler.js';
import { ListExpectedReturnsHandler } from './application/list-expected-returns/list-expected-returns.handler.js';
import { ListReportsHandler } from './application/list-reports/list-reports.handler.js';
import { ListTargetsHandler } from './application/list-targets/list-targets.handler.js';
import { MarkNotReportedHandler } from './application/mark-not-reported/mark-not-reported.handler.js';
import { RecordTargetsHandler } from './application/record-targets/record-targets.handler.js';
import { ReviewReportHandler } from './application/review-report/review-report.handler.js';
import { SubmitReportHandler } from './application/submit-report/submit-report.handler.js';
import { AtRiskFlagRepository } from './infrastructure/at-risk-flag.repository.js';
import { CommittedTargetRepository } from './infrastructure/committed-target.repository.js';
import { ExpectedReturnRepository } from './infrastructure/expected-return.repository.js';
import { IndicatorResultRepository } from './infrastructure/indicator-result.repository.js';
import { IndicatorTotalsRepository } from './infrastructure/indicator-totals.repository.js';
import { ReportReviewRepository } from './infrastructure/report-review.repository.js';
import { ReportRepository } from './infrastructure/report.repository.js';
import { TargetCommitmentRepository } from './infrastructure/target-commitment.repository.js';
import { AtRiskFlagsController } from './interface/http/at-risk-flags.controller.js';
import { ReportsController } from './interface/http/reports.controller.js';
import { TargetsController } from './interface/http/targets.controller.js';
import { ReportingConsumer } from './interface/kafka/reporting.consumer.js';

@Module({})
export class ReportingModule {
  static forRoot(config: Pick<ServiceConfig, 'laggingTolerance'>): DynamicModule {
    return {
      module: ReportingModule,
      controllers: [ReportsController, AtRiskFlagsController, TargetsController, ReportingConsumer],
      providers: [
        { provide: TargetCheckSettings, useValue: new TargetCheckSettings(config.laggingTolerance) },
        SubmitReportHandler,
        RecordTargetsHandler,
        ApplyReportHandler,
        IndicatorStatusCheck,
        MarkNotReportedHandler,
        ClearAtRiskFlagHandler,
        ReviewReportHandler,
        ListReportsHandler,
        GetFiguresHandler,
        GetStatusesHandler,
        ReportRepository,
        ReportReviewRepository,
        AtRiskFlagRepository,
        CommittedTargetRepository,
        IndicatorResultRepository,
        IndicatorTotalsRepository,
        ListTargetsHandler,
        ListExpectedReturnsHandler,
        TargetCommitmentRepository,
        ExpectedReturnRepository,
      ],
    };
  }
}
