import { Module } from '@nestjs/common';
import { ProgrammeClockConsumer } from '#platform';
import { ApplyReportHandler } from './application/apply-report/apply-report.handler.js';
import { GetFiguresHandler } from './application/get-figures/get-figures.handler.js';
import { ListExpectedReturnsHandler } from './application/list-expected-returns/list-expected-returns.handler.js';
import { ListTargetsHandler } from './application/list-targets/list-targets.handler.js';
import { GetStatusesHandler } from './application/get-statuses/get-statuses.handler.js';
import { RecordTargetsHandler } from './application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from './application/submit-report/submit-report.handler.js';
import { CommittedTargetRepository } from './infrastructure/committed-target.repository.js';
import { ExpectedReturnRepository } from './infrastructure/expected-return.repository.js';
import { IndicatorResultRepository } from './infrastructure/indicator-result.repository.js';
import { IndicatorTotalsRepository } from './infrastructure/indicator-totals.repository.js';
import { ReportRepository } from './infrastructure/report.repository.js';
import { TargetCommitmentRepository } from './infrastructure/target-commitment.repository.js';
import { ReportsController } from './interface/http/reports.controller.js';
import { TargetsController } from './interface/http/targets.controller.js';
import { ReportingConsumer } from './interface/kafka/reporting.consumer.js';

@Module({
  controllers: [ReportsController, TargetsController, ReportingConsumer, ProgrammeClockConsumer],
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
  ],
})
export class ReportingModule {}
