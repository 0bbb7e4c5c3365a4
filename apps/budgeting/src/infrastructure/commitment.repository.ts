import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { CommitmentEntity } from './commitment.entity.js';
import { DecisionAnswerEntity } from './decision-answer.entity.js';

export type StoredCommitment = CommitmentEntity;
export type DecisionAnswerRecord = DecisionAnswerEntity;

/** The revision in force per application, and budgeting's answer to every decision revision it saw. */
@Injectable()
export class CommitmentRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  findAnswer(decisionId: string): Promise<DecisionAnswerRecord | null> {
    return this.unitOfWork.manager.getRepository(DecisionAnswerEntity).findOneBy({ decisionId });
  }

  async saveAnswer(answer: DecisionAnswerRecord): Promise<void> {
    await this.unitOfWork.manager.getRepository(DecisionAnswerEntity).insert(answer);
  }

  find(applicationId: string): Promise<StoredCommitment | null> {
    return this.unitOfWork.manager.getRepository(CommitmentEntity).findOneBy({ applicationId });
  }

  async save(commitment: StoredCommitment): Promise<void> {
    await this.unitOfWork.manager.getRepository(CommitmentEntity).save(commitment);
  }

  /** By government, then in the order they were committed. */
  list(projectYear: number, governmentCode?: string): Promise<StoredCommitment[]> {
    const where = governmentCode === undefined ? { projectYear } : { projectYear, governmentCode };
    return this.unitOfWork.manager
      .getRepository(CommitmentEntity)
      .find({ where, order: { governmentCode: 'ASC', committedAt: 'ASC', applicationId: 'ASC' } });
  }
}
