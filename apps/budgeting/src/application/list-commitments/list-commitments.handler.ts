import { Injectable } from '@nestjs/common';
import type { CommittedLine, CommittedStimulus } from '../../domain/commitment.js';
import { CommitmentRepository } from '../../infrastructure/commitment.repository.js';
import type { ListCommitmentsQuery } from './list-commitments.query.js';

export interface CommitmentView {
  applicationId: string;
  decisionId: string;
  revision: number;
  callId: string;
  governmentCode: string;
  projectYear: number;
  iban: string;
  catalogueVersion: string;
  lines: CommittedLine[];
  stimuli: CommittedStimulus[];
  linesCents: number;
  stimuliCents: number;
  committedCents: number;
  committedAt: string;
}

/** The revision in force of every committed application of a year. */
@Injectable()
export class ListCommitmentsHandler {
  constructor(private readonly commitments: CommitmentRepository) {}

  async execute(query: ListCommitmentsQuery): Promise<CommitmentView[]> {
    const commitments = await this.commitments.list(query.projectYear, query.governmentCode);
    return commitments.map(({ committedAt, ...commitment }) => ({ ...commitment, committedAt: committedAt.toISOString() }));
  }
}
