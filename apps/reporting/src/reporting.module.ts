import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ApplyReportHandler } from './application/apply-report/apply-report.handler.js';
import { GetReportTemplateHandler } from './application/get-report-template/get-report-template.handler.js';
import { GetFiguresHandler } from './application/get-figures/get-figures.handler.js';
import { ListExpectedReturnsHandler } from './application/list-expected-returns/list-expected-returns.handler.js';
import { ListTargetsHandler } from './application/list-targets/list-targets.handler.js';
import { GetStatusesHandler } from './application/get-statuses/get-statuses.handler.js';
import { RecordTargetsHandler } from './application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from './application/submit-report/submit-report.handler.js';
import { UploadReportHandler } from './application/upload-report/upload-report.handler.js';
import { CommittedTargetRepository } from './infrastructure/committed-target.repository.js';
import { ExpectedReturnRepository } from './infrastructure/expected-return.repository.js';
import { IndicatorResultRepository } from './infrastructure/indicator-result.repository.js';
import { IndicatorTotalsRepository } from './infrastructure/indicator-totals.repository.js';
import { ReportRepository } from './infrastructure/report.repository.js';
import { ReportTemplateWorkbook } from './infrastructure/report-template.workbook.js';
import { TargetCommitmentRepository } from './infrastructure/target-commitment.repository.js';
import { ReportTemplateController } from './interface/http/report-template.controller.js';
import { ReportsController } from './interface/http/reports.controller.js';
import { TargetsController } from './interface/http/targets.controller.js';
import { ReportingConsumer } from './interface/kafka/reporting.consumer.js';
import { xlsxBody } from './interface/http/xlsx-body.middleware.js';

@Module({
  // The template routes first: a later `reports/:id` must not catch `reports/template`.
  controllers: [ReportTemplateController, ReportsController, TargetsController, ReportingConsumer],
  providers: [
    SubmitReportHandler,
    RecordTargetsHandler,
    ApplyReportHandler,
    GetFiguresHandler,
    GetStatusesHandler,
    ReportRepository,
    CommittedTargetRepository,
    IndicatorResultRepository,
    IndicatorTotalsRepository,
    ListTargetsHandler,
    ListExpectedReturnsHandler,
    TargetCommitmentRepository,
    ExpectedReturnRepository,
    GetReportTemplateHandler,
    UploadReportHandler,
    ReportTemplateWorkbook,
  ],
})
export class ReportingModule implements NestModule {
  /** The Excel upload is the one route with a binary body; every other body is JSON (the platform's parser). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(xlsxBody).forRoutes({ path: 'reports/upload', method: RequestMethod.POST });
  }
}
