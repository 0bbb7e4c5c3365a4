import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import type { AllocationProposal } from '../../domain/allocation-proposal.js';
import { AllocationProposalRepository } from '../../infrastructure/allocation-proposal.repository.js';
import type { GetAllocationProposalQuery } from './get-allocation-proposal.query.js';

@Injectable()
export class GetAllocationProposalHandler {
  constructor(private readonly proposals: AllocationProposalRepository) {}

  async execute({ callId }: GetAllocationProposalQuery): Promise<AllocationProposal> {
    const proposal = await this.proposals.findByCall(callId);
    if (!proposal) throw new NotFound(`call ${callId} has no allocation proposal (yet): budgeting proposes one after the call closed`);
    return proposal;
  }
}
