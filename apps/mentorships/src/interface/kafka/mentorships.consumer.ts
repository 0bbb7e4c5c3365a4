import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { reportSubmittedV1, type EventEnvelope, type ReportSubmittedV1 } from '#contracts';
import { HandlesEvent } from '#messaging';
import { RecordProgressHandler } from '../../application/record-progress/record-progress.handler.js';

@Controller()
export class MentorshipsConsumer {
  constructor(private readonly recordProgress: RecordProgressHandler) {}

  @HandlesEvent(reportSubmittedV1)
  async onReportSubmitted(@Payload() event: EventEnvelope<ReportSubmittedV1>): Promise<void> {
    await this.recordProgress.execute(event.payload);
  }
}
