import { Injectable } from '@nestjs/common';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';
import { membershipView, type MembershipView } from '../change-membership/membership-view.js';

export interface ListMembersQuery {
  networkId: string;
}

/** Every government invited to or ever in a network, with its state. */
@Injectable()
export class ListMembersHandler {
  constructor(private readonly members: NetworkMemberRepository) {}

  async execute({ networkId }: ListMembersQuery): Promise<MembershipView[]> {
    return (await this.members.ofNetwork(networkId)).map(membershipView);
  }
}
