import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { UnitOfWork } from '#persistence';
import { parseSharing, type NetworkSharing } from '../../domain/network-sharing.js';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';

export interface ChangeSharingCommand {
  networkId: string;
  sharing: string;
}

/** The mentor (or ABB) chooses what members see of each other's progress. */
@Injectable()
export class ChangeSharingHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly networks: LearningNetworkRepository,
    private readonly members: NetworkMemberRepository,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ networkId, sharing }: ChangeSharingCommand): Promise<{ networkId: string; sharing: NetworkSharing }> {
    const chosen = parseSharing(sharing);
    return this.unitOfWork.run(async () => {
      const network = await this.members.lockNetwork(networkId);
      if (network === null) throw new NotFound(`networkId: ${networkId} is not a learning network`);
      await this.networks.changeSharing(networkId, chosen);
      await this.audit.record({
        action: 'change-network-sharing',
        objectType: 'learning-network',
        objectId: networkId,
        before: { sharing: network.sharing },
        after: { sharing: chosen },
      });
      return { networkId, sharing: chosen };
    });
  }
}
