import { Injectable } from '@nestjs/common';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';
import type { ListNetworksQuery } from './list-networks.query.js';

export interface LearningNetworkView {
  id: string;
  mentorCode: string;
  actionNumber: number;
  projectYear: number;
  amountCents: number;
  openedAt: string;
  applicationId: string;
  sharing: string;
}

@Injectable()
export class ListNetworksHandler {
  constructor(
    private readonly networks: LearningNetworkRepository,
    private readonly members: NetworkMemberRepository,
  ) {}

  async execute(query: ListNetworksQuery): Promise<LearningNetworkView[]> {
    const networkIds =
      query.governmentCodes === undefined
        ? query.networkIds
        : [...new Set((await this.members.ofGovernments(query.governmentCodes, ['invited', 'member'])).map((row) => row.networkId))];
    const rows = await this.networks.list(networkIds);
    return rows.map((row) => ({
      id: row.id,
      mentorCode: row.mentorCode,
      actionNumber: row.actionNumber,
      projectYear: row.projectYear,
      amountCents: row.amountCents,
      openedAt: row.openedAt.toISOString(),
      applicationId: row.applicationId,
      sharing: row.sharing,
    }));
  }
}
