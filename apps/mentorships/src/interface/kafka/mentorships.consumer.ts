import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { reportSubmittedV1, type EventEnvelope, type ReportSubmittedV1 } from '#contracts';
import { EventContext, HandlesEvent } from '#messaging';
import { RecordProgressHandler } from '../../application/record-progress/record-progress.handler.js';

@Controller()
export class MentorshipsConsumer {
  constructor(private readonly recordProgress: RecordProgressHandler) {}

  @HandlesEvent(reportSubmittedV1)
  async onReportSubmitted(@Payload() event: EventEnvelope<ReportSubmittedV1>, @Ctx() context: EventContext): Promise<void> {
    await this.recordProgress.execute(context.manager, event.payload);
  }
}
