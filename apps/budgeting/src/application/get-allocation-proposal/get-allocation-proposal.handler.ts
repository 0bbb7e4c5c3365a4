import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import { UnitOfWork } from '#persistence';
import type { ProposedApplication } from '../../domain/allocation.js';
import { CallIntakeRepository } from '../../infrastructure/call-intake.repository.js';
import type { GetAllocationProposalQuery } from './get-allocation-proposal.query.js';

export interface AllocationProposalView {
  proposalId: string;
  callId: string;
  projectYear: number;
  budgetCents: number;
  availableCents: number;
  rule: string;
  applications: ProposedApplication[];
  requestedCents: number;
  linesCents: number;
  stimuliCents: number;
  proposedAt: string;
}

/** The allocation proposal of a closed call, as budgeting made it. */
@Injectable()
export class GetAllocationProposalHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly intake: CallIntakeRepository,
  ) {}

  async execute(query: GetAllocationProposalQuery): Promise<AllocationProposalView> {
    const proposal = await this.unitOfWork.snapshot(() => this.intake.findProposal(query.callId));
    if (!proposal)
      throw new NotFound(`callId: no allocation proposal for call ${query.callId} (not closed, or not every submission has arrived yet)`);
    return { ...proposal, proposedAt: proposal.proposedAt.toISOString() };
  }
}
