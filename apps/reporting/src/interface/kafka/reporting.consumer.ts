import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  networkMembersChangedV1,
  reportSubmittedV1,
  reportSubmittedV2,
  targetsCommittedV3,
  type EventEnvelope,
  type NetworkMembersChangedV1,
  type ReportSubmittedV1,
  type ReportSubmittedV2,
  type TargetsCommittedV3,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { ApplyReportHandler } from '../../application/apply-report/apply-report.handler.js';
import { RecordNetworkMembersHandler } from '../../application/record-network-members/record-network-members.handler.js';
import { RecordTargetsHandler } from '../../application/record-targets/record-targets.handler.js';

@Controller()
export class ReportingConsumer {
  constructor(
    private readonly recordTargets: RecordTargetsHandler,
    private readonly applyReport: ApplyReportHandler,
    private readonly recordNetworkMembers: RecordNetworkMembersHandler,
  ) {}

  @HandlesEvent(targetsCommittedV3)
  async onTargetsCommitted(@Payload() event: EventEnvelope<TargetsCommittedV3>): Promise<void> {
    await this.recordTargets.execute(event.payload);
  }

  @HandlesEvent(reportSubmittedV2)
  async onReportSubmitted(@Payload() event: EventEnvelope<ReportSubmittedV2>): Promise<void> {
    await this.applyReport.execute(event.payload);
  }

  /** Who may read whose figures: a network's mentor reads its members'. */
  @HandlesEvent(networkMembersChangedV1)
  async onNetworkMembersChanged(@Payload() event: EventEnvelope<NetworkMembersChangedV1>): Promise<void> {
    await this.recordNetworkMembers.execute(event.payload);
  }

  /** Reports submitted before v2 stay in the log: a rebuild from it applies them as they were. */
  @HandlesEvent(reportSubmittedV1)
  async onReportSubmittedV1(@Payload() event: EventEnvelope<ReportSubmittedV1>): Promise<void> {
    await this.applyReport.execute(event.payload);
  }
}
