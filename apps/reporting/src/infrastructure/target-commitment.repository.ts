import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { TargetCommitmentEntity } from './target-commitment.entity.js';

/** Revisions of one application, one at a time: a replay racing the live event never mixes two revisions. */
const TARGET_COMMITMENT_LOCK = lockNamespace('target commitment', 330);

@Injectable()
export class TargetCommitmentRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lock(applicationId: string): Promise<void> {
    return lockUntilCommit(TARGET_COMMITMENT_LOCK, applicationId);
  }

  find(applicationId: string): Promise<TargetCommitmentEntity | null> {
    return this.unitOfWork.manager.getRepository(TargetCommitmentEntity).findOneBy({ applicationId });
  }

  async save(commitment: TargetCommitmentEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(TargetCommitmentEntity).save(commitment);
  }

  ofApplications(applicationIds: string[]): Promise<TargetCommitmentEntity[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.unitOfWork.manager
      .getRepository(TargetCommitmentEntity)
      .createQueryBuilder('commitment')
      .where('commitment.applicationId IN (:...applicationIds)', { applicationIds })
      .getMany();
  }
}
