import { Injectable } from '@nestjs/common';
import type { CommitmentLine } from '../../domain/commitment.js';
import { CommitmentRepository } from '../../infrastructure/commitment.repository.js';
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
  constructor(private readonly commitments: CommitmentRepository) {}

  async execute(query: ListCommitmentsQuery): Promise<CommitmentView[]> {
    const commitments = await this.commitments.list(query.projectYear, query.governmentCode);
    return commitments.map(({ applicationId, governmentCode, projectYear, amountEur, lines, committedAt }) => ({
      applicationId,
      governmentCode,
      projectYear,
      amountEur,
      lines,
      committedAt: committedAt.toISOString(),
    }));
  }
}
