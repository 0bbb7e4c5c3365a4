import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { CommitmentLine } from '../../domain/commitment.js';
import { CommitmentLineEntity } from '../../infrastructure/commitment-line.entity.js';
import { CommitmentEntity } from '../../infrastructure/commitment.entity.js';
import type { ListCommitmentsQuery } from './list-commitments.query.js';

export interface CommitmentView {
  applicationId: string;
  governmentCode: string;
  projectYear: number;
  amountEur: number;
  lines: CommitmentLine[];
  committedAt: string;
}

@Injectable()
export class ListCommitmentsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListCommitmentsQuery): Promise<CommitmentView[]> {
    const where = query.governmentCode === undefined ? { projectYear: query.projectYear } : { projectYear: query.projectYear, governmentCode: query.governmentCode };
    const commitments = await this.dataSource.getRepository(CommitmentEntity).find({ where, order: { governmentCode: 'ASC', committedAt: 'ASC' } });
    if (commitments.length === 0) return [];
    const lines = await this.dataSource
      .getRepository(CommitmentLineEntity)
      .find({ where: { applicationId: In(commitments.map((commitment) => commitment.applicationId)) }, order: { indicatorCode: 'ASC' } });
    return commitments.map((commitment) => ({
      applicationId: commitment.applicationId,
      governmentCode: commitment.governmentCode,
      projectYear: commitment.projectYear,
      amountEur: commitment.amountEur,
      lines: lines
        .filter((line) => line.applicationId === commitment.applicationId)
        .map(({ indicatorCode, approvedAdditionalReach, subsidisedReach, eurPerKpi, amountEur }) => ({ indicatorCode, approvedAdditionalReach, subsidisedReach, eurPerKpi, amountEur })),
      committedAt: commitment.committedAt.toISOString(),
    }));
  }
}
