import { Injectable } from '@nestjs/common';
import { NotFound } from '#domain';
import type { LearningNetworkEntity } from '../../infrastructure/learning-network.entity.js';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';

export interface NetworkAccessQuery {
  networkId: string;
  /** A government user's codes: which of them are invited to or in the network. */
  governmentCodes: readonly string[];
}

export interface NetworkAccess {
  network: LearningNetworkEntity;
  /** Those of the given governments that are invited to or members of the network. */
  involvedCodes: string[];
  /** Those that are members. */
  memberCodes: string[];
}

/** What the controllers check access against: the network (404 when unknown) and the caller's part in it. */
@Injectable()
export class NetworkAccessHandler {
  constructor(
    private readonly networks: LearningNetworkRepository,
    private readonly members: NetworkMemberRepository,
  ) {}

  async execute({ networkId, governmentCodes }: NetworkAccessQuery): Promise<NetworkAccess> {
    const network = await this.networks.find(networkId);
    if (network === null) throw new NotFound(`networkId: ${networkId} is not a learning network`);
    const memberships = (await this.members.ofGovernments(governmentCodes, ['invited', 'member'])).filter(
      (membership) => membership.networkId === networkId,
    );
    return {
      network,
      involvedCodes: memberships.map((membership) => membership.governmentCode),
      memberCodes: memberships.filter((membership) => membership.state === 'member').map((membership) => membership.governmentCode),
    };
  }
}
