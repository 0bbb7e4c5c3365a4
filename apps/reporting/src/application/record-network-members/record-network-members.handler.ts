import { Injectable } from '@nestjs/common';
import type { NetworkMembersChangedV1 } from '#contracts';
import { UnitOfWork } from '#persistence';
import { distinctMembers } from '../../domain/network-figures.js';
import { NetworkMembershipRepository } from '../../infrastructure/network-membership.repository.js';

/** 'ignored': the list held is as new or newer (a redelivery, or an older list arriving after a newer one). */
export type RecordNetworkMembersOutcome = 'recorded' | 'ignored';

/**
 * Keeps the latest member list of a learning network, from which the network's mentor may read its members' figures.
 * The event carries the whole list, so the newest membershipVersion wins and nothing else needs remembering.
 */
@Injectable()
export class RecordNetworkMembersHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly memberships: NetworkMembershipRepository,
  ) {}

  execute(changed: NetworkMembersChangedV1): Promise<RecordNetworkMembersOutcome> {
    return this.unitOfWork.run(async () =>
      (await this.memberships.saveIfNewer({
        networkId: changed.networkId,
        mentorGovernmentCode: changed.mentorGovernmentCode,
        actionNumber: changed.actionNumber,
        projectYear: changed.projectYear,
        memberCodes: distinctMembers(changed.memberCodes),
        membershipVersion: changed.membershipVersion,
        changedAt: new Date(changed.changedAt),
      }))
        ? 'recorded'
        : 'ignored',
    );
  }
}
