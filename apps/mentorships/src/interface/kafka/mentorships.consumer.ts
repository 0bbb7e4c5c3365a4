import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  reportSubmittedV1,
  reportSubmittedV2,
  targetsCommittedV3,
  type EventEnvelope,
  type ReportSubmittedV1,
  type ReportSubmittedV2,
  type TargetsCommittedV3,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { OpenLearningNetworksHandler } from '../../application/open-learning-networks/open-learning-networks.handler.js';
import { RecordProgressHandler } from '../../application/record-progress/record-progress.handler.js';

@Controller()
export class MentorshipsConsumer {
  constructor(
    private readonly recordProgress: RecordProgressHandler,
    private readonly openLearningNetworks: OpenLearningNetworksHandler,
  ) {}

  @HandlesEvent(reportSubmittedV2)
  async onReportSubmitted(@Payload() event: EventEnvelope<ReportSubmittedV2>): Promise<void> {
    await this.recordProgress.execute(event.payload);
  }

  /** Reports submitted before v2 stay on the topic: a group reading it from the start still counts them. */
  @HandlesEvent(reportSubmittedV1)
  async onReportSubmittedV1(@Payload() event: EventEnvelope<ReportSubmittedV1>): Promise<void> {
    await this.recordProgress.execute(event.payload);
  }

  @HandlesEvent(targetsCommittedV3)
  async onTargetsCommitted(@Payload() event: EventEnvelope<TargetsCommittedV3>): Promise<void> {
    await this.openLearningNetworks.execute(event.payload);
  }
}
