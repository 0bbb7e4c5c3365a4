import { Injectable } from '@nestjs/common';
import type { IndicatorStatus } from '#contracts';
import { NotFound } from '#domain';
import { actionStatusOf, suggestMembers, type Suggestion } from '../../domain/member-standing.js';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import { MemberStandingRepository } from '../../infrastructure/member-standing.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';

export interface ListSuggestionsQuery {
  networkId: string;
}

/** Whom the mentor could invite: governments with targets on the network's action that year, lagging or at risk first. */
@Injectable()
export class ListSuggestionsHandler {
  constructor(
    private readonly networks: LearningNetworkRepository,
    private readonly members: NetworkMemberRepository,
    private readonly standing: MemberStandingRepository,
  ) {}

  async execute({ networkId }: ListSuggestionsQuery): Promise<Suggestion[]> {
    const network = await this.networks.find(networkId);
    if (network === null) throw new NotFound(`networkId: ${networkId} is not a learning network`);
    const codes = await this.standing.governmentsWithTargets(network.actionNumber, network.projectYear);
    const statuses = await this.standing.statusesOn(codes, network.actionNumber, network.projectYear);
    const candidates = codes.map((governmentCode) => ({
      governmentCode,
      status: actionStatusOf(statuses.filter((row) => row.governmentCode === governmentCode).map((row) => row.status as IndicatorStatus)),
    }));
    const excluded = new Set(
      (await this.members.ofNetwork(networkId))
        .filter((membership) => membership.state === 'invited' || membership.state === 'member')
        .map((membership) => membership.governmentCode),
    );
    return suggestMembers(candidates, network.mentorCode, excluded);
  }
}
