import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { IndicatorStatus } from '#contracts';
import { UnitOfWork } from '#persistence';
import type { Membership, MembershipState } from '../domain/network-membership.js';
import { LearningNetworkEntity } from './learning-network.entity.js';
import { NetworkMemberEntity } from './network-member.entity.js';

const toMembership = (row: NetworkMemberEntity): Membership => ({
  networkId: row.networkId,
  governmentCode: row.governmentCode,
  state: row.state as MembershipState,
  invitedAt: row.invitedAt,
  joinedAt: row.joinedAt,
  endedAt: row.endedAt,
  statusAtJoin: row.statusAtJoin as IndicatorStatus | null,
  caughtUpAt: row.caughtUpAt,
});

/** The members of learning networks. Every change of a network's members holds its row (lockNetwork) until commit. */
@Injectable()
export class NetworkMemberRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /**
   * The network, its row locked until commit: membership changes of one network take turns, so the member list and
   * its version in network-members-changed always agree (two joins at once get versions n and n+1, never n twice).
   */
  lockNetwork(networkId: string): Promise<LearningNetworkEntity | null> {
    return this.unitOfWork.manager
      .getRepository(LearningNetworkEntity)
      .createQueryBuilder('network')
      .where('network.id = :networkId', { networkId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The next membership version of a locked network. */
  async nextVersion(networkId: string): Promise<number> {
    const result = await this.unitOfWork.manager
      .createQueryBuilder()
      .update(LearningNetworkEntity)
      .set({ membershipVersion: () => 'membership_version + 1' })
      .where('id = :networkId', { networkId })
      .returning('membership_version')
      .execute();
    return (result.raw as { membership_version: number }[])[0].membership_version;
  }

  async find(networkId: string, governmentCode: string): Promise<Membership | null> {
    const row = await this.unitOfWork.manager.getRepository(NetworkMemberEntity).findOneBy({ networkId, governmentCode });
    return row === null ? null : toMembership(row);
  }

  async save(membership: Membership): Promise<void> {
    await this.unitOfWork.manager.getRepository(NetworkMemberEntity).save({ ...membership });
  }

  async ofNetwork(networkId: string): Promise<Membership[]> {
    const rows = await this.unitOfWork.manager
      .getRepository(NetworkMemberEntity)
      .find({ where: { networkId }, order: { governmentCode: 'ASC' } });
    return rows.map(toMembership);
  }

  /** The memberships of these governments (a government user's codes), in any network. */
  async ofGovernments(governmentCodes: readonly string[], states?: readonly MembershipState[]): Promise<Membership[]> {
    if (governmentCodes.length === 0) return [];
    const rows = await this.unitOfWork.manager.getRepository(NetworkMemberEntity).find({
      where: { governmentCode: In([...governmentCodes]), ...(states === undefined ? {} : { state: In([...states]) }) },
      order: { networkId: 'ASC', governmentCode: 'ASC' },
    });
    return rows.map(toMembership);
  }

  /** Current memberships of a government in the networks on an action in a year, with each network's mentor. */
  async membersOnAction(
    governmentCode: string,
    actionNumber: number,
    projectYear: number,
  ): Promise<{ membership: Membership; mentorCode: string }[]> {
    const rows = await this.unitOfWork.manager
      .getRepository(NetworkMemberEntity)
      .createQueryBuilder('member')
      .innerJoin(LearningNetworkEntity, 'network', 'network.id = member.network_id')
      .addSelect('network.mentor_code', 'mentor_code')
      .where('member.government_code = :governmentCode', { governmentCode })
      .andWhere("member.state = 'member'")
      .andWhere('network.action_number = :actionNumber AND network.project_year = :projectYear', { actionNumber, projectYear })
      .orderBy('member.network_id')
      .getRawAndEntities();
    return rows.entities.map((row, index) => ({
      membership: toMembership(row),
      mentorCode: (rows.raw as { mentor_code: string }[])[index].mentor_code,
    }));
  }
}
