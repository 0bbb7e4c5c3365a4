import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#platform';
import { ApplyReportHandler } from './application/apply-report/apply-report.handler.js';
import { GetFiguresHandler } from './application/get-figures/get-figures.handler.js';
import { GetStatusesHandler } from './application/get-statuses/get-statuses.handler.js';
import { RecordTargetsHandler } from './application/record-targets/record-targets.handler.js';
import { SubmitReportHandler } from './application/submit-report/submit-report.handler.js';
import { CommittedTargetEntity } from './infrastructure/committed-target.entity.js';
import { IndicatorResultEntity } from './infrastructure/indicator-result.entity.js';
import { IndicatorTotalEntity } from './infrastructure/indicator-total.entity.js';
import { IndicatorTotalsRepository } from './infrastructure/indicator-totals.repository.js';
import { CreateReportingTables1763800003000 } from './infrastructure/migrations/1763800003000-create-reporting-tables.js';
import { ReportEntity } from './infrastructure/report.entity.js';
import { ReportsController } from './interface/http/reports.controller.js';
import { ReportingConsumer } from './interface/kafka/reporting.consumer.js';

export const REPORTING_ENTITIES = [CommittedTargetEntity, ReportEntity, IndicatorResultEntity, IndicatorTotalEntity];
export const REPORTING_MIGRATIONS = [CreateReportingTables1763800003000];

@Module({})
export class ReportingModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: ReportingModule,
      imports: [
        PlatformModule.forService({
          config,
          entities: REPORTING_ENTITIES,
          migrations: REPORTING_MIGRATIONS,
        }),
      ],
      controllers: [ReportsController, ReportingConsumer],
      providers: [SubmitReportHandler, RecordTargetsHandler, ApplyReportHandler, GetFiguresHandler, GetStatusesHandler, IndicatorTotalsRepository],
    };
  }
}
