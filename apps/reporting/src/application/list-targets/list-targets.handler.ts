import { Injectable } from '@nestjs/common';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { TargetCommitmentRepository } from '../../infrastructure/target-commitment.repository.js';
import type { ListTargetsQuery } from './list-targets.query.js';

export interface CommittedTargetView {
  governmentCode: string;
  projectYear: number;
  indicatorCode: string;
  /** current reach + approved additional reach: what the government reports its total against. */
  target: number;
  applicationId: string;
  /** The revision of the application's targets this is (1: the decision; higher: an accepted amendment). */
  revision: number | null;
  catalogueVersion: string | null;
}

/** The targets reports are checked against, with the decision revision and catalogue version they come from. */
@Injectable()
export class ListTargetsHandler {
  constructor(
    private readonly targets: CommittedTargetRepository,
    private readonly commitments: TargetCommitmentRepository,
  ) {}

  async execute(query: ListTargetsQuery): Promise<CommittedTargetView[]> {
    const rows = await this.targets.list(query);
    const commitments = new Map(
      (await this.commitments.ofApplications([...new Set(rows.map((row) => row.applicationId))])).map((row) => [row.applicationId, row]),
    );
    return rows.map((row) => {
      const commitment = commitments.get(row.applicationId);
      return {
        governmentCode: row.governmentCode,
        projectYear: row.projectYear,
        indicatorCode: row.indicatorCode,
        target: row.target,
        applicationId: row.applicationId,
        revision: commitment?.revision ?? null,
        catalogueVersion: commitment?.catalogueVersion ?? null,
      };
    });
  }
}
