import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { NetworkMembershipEntity } from './network-membership.entity.js';

/** The latest member list per learning network. */
@Injectable()
export class NetworkMembershipRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  find(networkId: string): Promise<NetworkMembershipEntity | null> {
    return this.unitOfWork.manager.getRepository(NetworkMembershipEntity).findOneBy({ networkId });
  }

  /**
   * Keeps the list unless the one held is as new or newer (a redelivery or an older list arriving late): one
   * statement, so two deliveries racing cannot both win. True when it was stored.
   */
  async saveIfNewer(membership: NetworkMembershipEntity): Promise<boolean> {
    const stored = await this.unitOfWork.manager.query<unknown[]>(
      `INSERT INTO network_membership
         (network_id, mentor_government_code, action_number, project_year, member_codes, membership_version, changed_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
       ON CONFLICT (network_id) DO UPDATE SET mentor_government_code = excluded.mentor_government_code,
         action_number = excluded.action_number, project_year = excluded.project_year, member_codes = excluded.member_codes,
         membership_version = excluded.membership_version, changed_at = excluded.changed_at
       WHERE network_membership.membership_version < excluded.membership_version
       RETURNING network_id`,
      [
        membership.networkId,
        membership.mentorGovernmentCode,
        membership.actionNumber,
        membership.projectYear,
        JSON.stringify(membership.memberCodes),
        membership.membershipVersion,
        membership.changedAt,
      ],
    );
    return stored.length === 1;
  }
}
