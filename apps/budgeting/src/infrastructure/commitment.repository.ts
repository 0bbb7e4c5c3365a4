import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { CommitmentLine } from '../domain/commitment.js';
import { CommitmentLineEntity } from './commitment-line.entity.js';
import { CommitmentEntity } from './commitment.entity.js';

/** One commitment per application, also when its decision is consumed twice at once (a replay). */
const COMMITMENT_LOCK = lockNamespace('commitment', 201);

export interface StoredCommitment extends Omit<CommitmentEntity, 'committedAt'> {
  committedAt: Date;
  lines: CommitmentLine[];
}

/** Commitments of decided applications with their priced lines. */
@Injectable()
export class CommitmentRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lockCommitment(applicationId: string): Promise<void> {
    return lockUntilCommit(COMMITMENT_LOCK, applicationId);
  }

  exists(applicationId: string): Promise<boolean> {
    return this.unitOfWork.manager.getRepository(CommitmentEntity).existsBy({ applicationId });
  }

  async insert({ lines, ...commitment }: StoredCommitment): Promise<void> {
    await this.unitOfWork.manager.getRepository(CommitmentEntity).insert(commitment);
    await this.unitOfWork.manager
      .getRepository(CommitmentLineEntity)
      .insert(lines.map((line) => ({ applicationId: commitment.applicationId, ...line })));
  }

  /** By government, then in the order they were committed; lines by indicator. */
  async list(projectYear: number, governmentCode?: string): Promise<StoredCommitment[]> {
    const manager = this.unitOfWork.manager;
    const where = governmentCode === undefined ? { projectYear } : { projectYear, governmentCode };
    const commitments = await manager.getRepository(CommitmentEntity).find({ where, order: { governmentCode: 'ASC', committedAt: 'ASC' } });
    if (commitments.length === 0) return [];
    const lines = await manager
      .getRepository(CommitmentLineEntity)
      .find({ where: { applicationId: In(commitments.map((commitment) => commitment.applicationId)) }, order: { indicatorCode: 'ASC' } });
    return commitments.map((commitment) => ({
      ...commitment,
      lines: lines
        .filter((line) => line.applicationId === commitment.applicationId)
        .map(({ indicatorCode, approvedAdditionalReach, subsidisedReach, eurPerKpi, amountEur }) => ({
          indicatorCode,
          approvedAdditionalReach,
          subsidisedReach,
          eurPerKpi,
          amountEur,
        })),
    }));
  }
}
