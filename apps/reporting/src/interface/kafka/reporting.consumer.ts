import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { reportSubmittedV1, targetsCommittedV1, type EventEnvelope, type ReportSubmittedV1, type TargetsCommittedV1 } from '#contracts';
import { EventContext, HandlesEvent } from '#messaging';
import { ApplyReportHandler } from '../../application/apply-report/apply-report.handler.js';
import { RecordTargetsHandler } from '../../application/record-targets/record-targets.handler.js';

@Controller()
export class ReportingConsumer {
  constructor(
    private readonly recordTargets: RecordTargetsHandler,
    private readonly applyReport: ApplyReportHandler,
  ) {}

  @HandlesEvent(targetsCommittedV1)
  async onTargetsCommitted(@Payload() event: EventEnvelope<TargetsCommittedV1>, @Ctx() context: EventContext): Promise<void> {
    await this.recordTargets.execute(context.manager, event.payload);
  }

  @HandlesEvent(reportSubmittedV1)
  async onReportSubmitted(@Payload() event: EventEnvelope<ReportSubmittedV1>, @Ctx() context: EventContext): Promise<void> {
    await this.applyReport.execute(context.manager, event.payload);
  }
}
