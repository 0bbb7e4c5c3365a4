import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  allocationProposedV1,
  commitmentRefusedV1,
  subsidyCommittedV2,
  type AllocationProposedV1,
  type CommitmentRefusedV1,
  type EventEnvelope,
  type SubsidyCommittedV2,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { ApplyCommitmentRefusalHandler } from '../../application/apply-commitment-refusal/apply-commitment-refusal.handler.js';
import { ApplyCommitmentHandler } from '../../application/apply-commitment/apply-commitment.handler.js';
import { RecordAllocationProposalHandler } from '../../application/record-allocation-proposal/record-allocation-proposal.handler.js';

/** Budgeting's answers: the allocation proposal of a closed call, and whether each decision revision fits the budget. */
@Controller()
export class BudgetRepliesConsumer {
  constructor(
    private readonly recordProposal: RecordAllocationProposalHandler,
    private readonly applyCommitment: ApplyCommitmentHandler,
    private readonly applyRefusal: ApplyCommitmentRefusalHandler,
  ) {}

  @HandlesEvent(allocationProposedV1)
  async onAllocationProposed(@Payload() event: EventEnvelope<AllocationProposedV1>): Promise<void> {
    await this.recordProposal.execute({ proposal: event.payload });
  }

  @HandlesEvent(subsidyCommittedV2)
  async onSubsidyCommitted(@Payload() event: EventEnvelope<SubsidyCommittedV2>): Promise<void> {
    await this.applyCommitment.execute({ commitment: event.payload });
  }

  @HandlesEvent(commitmentRefusedV1)
  async onCommitmentRefused(@Payload() event: EventEnvelope<CommitmentRefusedV1>): Promise<void> {
    await this.applyRefusal.execute({ refusal: event.payload });
  }
}
