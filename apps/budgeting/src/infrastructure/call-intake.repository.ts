import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { AllocationProposalEntity } from './allocation-proposal.entity.js';
import { ClosedCallEntity } from './closed-call.entity.js';
import { SubmittedApplicationEntity } from './submitted-application.entity.js';

/** A call's submissions and its closing arrive on different partitions, concurrently: one of them proposes, once. */
const CALL_INTAKE_LOCK = lockNamespace('call intake', 203);

export type SubmittedApplication = SubmittedApplicationEntity;
export type ClosedCall = ClosedCallEntity;
export type StoredProposal = AllocationProposalEntity;

/** What budgeting knows of each call: the applications submitted to it, its closing, and its allocation proposal. */
@Injectable()
export class CallIntakeRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lockCall(callId: string): Promise<void> {
    return lockUntilCommit(CALL_INTAKE_LOCK, callId);
  }

  hasSubmission(applicationId: string): Promise<boolean> {
    return this.unitOfWork.manager.getRepository(SubmittedApplicationEntity).existsBy({ applicationId });
  }

  /** Under the call's lock, after hasSubmission: the first delivery counts, a submission is final once submitted. */
  async saveSubmission(submission: SubmittedApplication): Promise<void> {
    await this.unitOfWork.manager.getRepository(SubmittedApplicationEntity).insert(submission);
  }

  submissions(callId: string): Promise<SubmittedApplication[]> {
    return this.unitOfWork.manager.getRepository(SubmittedApplicationEntity).findBy({ callId });
  }

  findClosed(callId: string): Promise<ClosedCall | null> {
    return this.unitOfWork.manager.getRepository(ClosedCallEntity).findOneBy({ callId });
  }

  async saveClosed(closed: ClosedCall): Promise<void> {
    await this.unitOfWork.manager.getRepository(ClosedCallEntity).insert(closed);
  }

  findProposal(callId: string): Promise<StoredProposal | null> {
    return this.unitOfWork.manager.getRepository(AllocationProposalEntity).findOneBy({ callId });
  }

  async saveProposal(proposal: StoredProposal): Promise<void> {
    await this.unitOfWork.manager.getRepository(AllocationProposalEntity).insert(proposal);
  }
}
