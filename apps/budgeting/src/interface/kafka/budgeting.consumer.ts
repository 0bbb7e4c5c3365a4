import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { targetsCommittedV2, type EventEnvelope, type TargetsCommittedV2 } from '#contracts';
import { HandlesEvent } from '#messaging';
import { CommitSubsidyHandler } from '../../application/commit-subsidy/commit-subsidy.handler.js';

@Controller()
export class BudgetingConsumer {
  constructor(private readonly commitSubsidy: CommitSubsidyHandler) {}

  @HandlesEvent(targetsCommittedV2)
  async onTargetsCommitted(@Payload() event: EventEnvelope<TargetsCommittedV2>): Promise<void> {
    await this.commitSubsidy.execute({ causeEventId: event.eventId, decision: event.payload });
  }
}
