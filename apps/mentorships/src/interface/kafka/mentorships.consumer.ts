import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  indicatorStatusChangedV2,
  reportSubmittedV1,
  reportSubmittedV2,
  targetsCommittedV3,
  type EventEnvelope,
  type IndicatorStatusChangedV2,
  type ReportSubmittedV1,
  type ReportSubmittedV2,
  type TargetsCommittedV3,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { OpenLearningNetworksHandler } from '../../application/open-learning-networks/open-learning-networks.handler.js';
import { RecordProgressHandler } from '../../application/record-progress/record-progress.handler.js';
import { RecordCommittedTargetsHandler } from '../../application/record-committed-targets/record-committed-targets.handler.js';
import { RecordIndicatorStatusHandler } from '../../application/record-indicator-status/record-indicator-status.handler.js';

@Controller()
export class MentorshipsConsumer {
  constructor(
    private readonly recordProgress: RecordProgressHandler,
    private readonly openLearningNetworks: OpenLearningNetworksHandler,
    private readonly recordCommittedTargets: RecordCommittedTargetsHandler,
    private readonly recordIndicatorStatus: RecordIndicatorStatusHandler,
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
    // Both in the consumer's one unit of work: the networks a grant opens and the targets suggestions are drawn from.
    await this.openLearningNetworks.execute(event.payload);
    await this.recordCommittedTargets.execute(event.payload);
  }

  @HandlesEvent(indicatorStatusChangedV2)
  async onIndicatorStatusChanged(@Payload() event: EventEnvelope<IndicatorStatusChangedV2>): Promise<void> {
    await this.recordIndicatorStatus.execute(event.payload);
  }
}
