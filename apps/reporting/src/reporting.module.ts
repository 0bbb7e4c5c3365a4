import { Module } from '@nestjs/common';
import { ProgrammeClockConsumer, SERVICE_CONFIG, type ServiceConfig } from '#platform';
import { FireDueDeadlinesHandler } from './application/fire-deadlines/fire-due-deadlines.handler.js';
import { NoOverdueReturnsListener, OverdueReturnsListener } from './application/fire-deadlines/overdue-returns.listener.js';
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
import { ReturnDeadlineRepository } from './infrastructure/return-deadline.repository.js';
import { ReportRepository } from './infrastructure/report.repository.js';
import { TargetCommitmentRepository } from './infrastructure/target-commitment.repository.js';
import { ReportsController } from './interface/http/reports.controller.js';
import { TargetsController } from './interface/http/targets.controller.js';
import { ReportingConsumer } from './interface/kafka/reporting.consumer.js';
import { DeadlinePoller } from './interface/schedule/deadline.poller.js';

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
    ReturnDeadlineRepository,
    FireDueDeadlinesHandler,
    // Until the target check marks the government's indicators not-reported (see OverdueReturnsListener).
    { provide: OverdueReturnsListener, useClass: NoOverdueReturnsListener },
    {
      provide: DeadlinePoller,
      useFactory: (fireDueDeadlines: FireDueDeadlinesHandler, config: ServiceConfig) =>
        new DeadlinePoller(fireDueDeadlines, config.deadlineIntervalMs),
      inject: [FireDueDeadlinesHandler, SERVICE_CONFIG],
    },
  ],
})
export class ReportingModule {}
