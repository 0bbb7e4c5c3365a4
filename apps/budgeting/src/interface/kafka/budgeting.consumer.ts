import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { targetsCommittedV1, type EventEnvelope, type TargetsCommittedV1 } from '#contracts';
import { EventContext, HandlesEvent } from '#messaging';
import { CommitSubsidyHandler } from '../../application/commit-subsidy/commit-subsidy.handler.js';

@Controller()
export class BudgetingConsumer {
  constructor(private readonly commitSubsidy: CommitSubsidyHandler) {}

  @HandlesEvent(targetsCommittedV1)
  async onTargetsCommitted(@Payload() event: EventEnvelope<TargetsCommittedV1>, @Ctx() context: EventContext): Promise<void> {
    await this.commitSubsidy.execute(context.manager, { causeEventId: event.eventId, decision: event.payload });
  }
}
