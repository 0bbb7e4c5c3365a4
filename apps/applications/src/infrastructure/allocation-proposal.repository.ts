import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { AllocationProposal } from '../domain/allocation-proposal.js';
import { AllocationProposalEntity } from './allocation-proposal.entity.js';

/** Proposals for one call are stored one at a time, so a redelivery racing the first delivery changes nothing. */
const PROPOSAL_LOCK = lockNamespace('allocation proposal', 141);

@Injectable()
export class AllocationProposalRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async lock(callId: string): Promise<void> {
    await lockUntilCommit(PROPOSAL_LOCK, callId);
  }

  async save(proposal: AllocationProposal): Promise<void> {
    await this.unitOfWork.manager.getRepository(AllocationProposalEntity).save({ ...proposal });
  }

  async findByCall(callId: string): Promise<AllocationProposal | undefined> {
    return (await this.unitOfWork.manager.getRepository(AllocationProposalEntity).findOneBy({ callId })) ?? undefined;
  }
}
