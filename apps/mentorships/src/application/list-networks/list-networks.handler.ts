import { Injectable } from '@nestjs/common';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import type { ListNetworksQuery } from './list-networks.query.js';

export interface LearningNetworkView {
  id: string;
  mentorCode: string;
  actionNumber: number;
  projectYear: number;
  amountCents: number;
  openedAt: string;
  applicationId: string;
}

@Injectable()
export class ListNetworksHandler {
  constructor(private readonly networks: LearningNetworkRepository) {}

  async execute(query: ListNetworksQuery): Promise<LearningNetworkView[]> {
    const rows = await this.networks.list(query.networkIds);
    return rows.map((row) => ({
      id: row.id,
      mentorCode: row.mentorCode,
      actionNumber: row.actionNumber,
      projectYear: row.projectYear,
      amountCents: row.amountCents,
      openedAt: row.openedAt.toISOString(),
      applicationId: row.applicationId,
    }));
  }
}
