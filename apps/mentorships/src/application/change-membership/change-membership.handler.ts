import { Injectable } from '@nestjs/common';
import { invitationDeclinedV1, memberInvitedV1, networkMembersChangedV1, type IndicatorStatus } from '#contracts';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { actionStatusOf } from '../../domain/member-standing.js';
import { accept, addByAbb, decline, invite, leave, memberCodesOf, removeByAbb, type Membership } from '../../domain/network-membership.js';
import type { LearningNetworkEntity } from '../../infrastructure/learning-network.entity.js';
import { MemberStandingRepository } from '../../infrastructure/member-standing.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';
import type { ChangeMembershipCommand } from './change-membership.command.js';
import { membershipView, type MembershipView } from './membership-view.js';

/**
 * Every change of a government's membership of a learning network. Under the network's row lock: the membership, its
 * audit record and its event commit together. An invitation announces member-invited, a decline invitation-declined;
 * every change of the member list (join, leave, ABB's add or remove) announces network-members-changed v1 with the
 * whole list and the next version.
 */
@Injectable()
export class ChangeMembershipHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly members: NetworkMemberRepository,
    private readonly standing: MemberStandingRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: ChangeMembershipCommand): Promise<MembershipView> {
    return this.unitOfWork.run(async () => {
      const network = await this.members.lockNetwork(command.networkId);
      if (network === null) throw new NotFound(`networkId: ${command.networkId} is not a learning network`);
      const existing = await this.members.find(network.id, command.governmentCode);
      const now = this.clock.now();
      const next = await this.changed(network, existing, command, now);
      await this.members.save(next);
      await this.audit.record({
        action: `${command.change}-network-member`,
        objectType: 'network-member',
        objectId: `${network.id}/${command.governmentCode}`,
        before: existing,
        after: next,
      });
      if (command.change === 'invite')
        await this.outbox.append(memberInvitedV1, {
          key: command.governmentCode,
          payload: {
            networkId: network.id,
            mentorGovernmentCode: network.mentorCode,
            actionNumber: network.actionNumber,
            projectYear: network.projectYear,
            governmentCode: command.governmentCode,
            invitedAt: now.toISOString(),
          },
        });
      if (command.change === 'decline')
        await this.outbox.append(invitationDeclinedV1, {
          key: command.governmentCode,
          payload: {
            networkId: network.id,
            mentorGovernmentCode: network.mentorCode,
            actionNumber: network.actionNumber,
            projectYear: network.projectYear,
            governmentCode: command.governmentCode,
            declinedAt: now.toISOString(),
          },
        });
      if ((existing?.state === 'member') !== (next.state === 'member')) await this.announceMembers(network, now);
      return membershipView(next);
    });
  }

  private async changed(
    network: LearningNetworkEntity,
    existing: Membership | null,
    { governmentCode, change }: ChangeMembershipCommand,
    now: Date,
  ): Promise<Membership> {
    switch (change) {
      case 'invite':
        return invite(network, existing, governmentCode, now);
      case 'accept':
        return accept(network, existing, governmentCode, await this.statusNow(network, governmentCode), now);
      case 'decline':
        return decline(network, existing, governmentCode, now);
      case 'leave':
        return leave(network, existing, governmentCode, now);
      case 'add':
        return addByAbb(network, existing, governmentCode, await this.statusNow(network, governmentCode), now);
      case 'remove':
        return removeByAbb(network, existing, governmentCode, now);
    }
  }

  private async statusNow(network: LearningNetworkEntity, governmentCode: string): Promise<IndicatorStatus | null> {
    const statuses = await this.standing.statusesOn([governmentCode], network.actionNumber, network.projectYear);
    return actionStatusOf(statuses.map((row) => row.status as IndicatorStatus));
  }

  private async announceMembers(network: LearningNetworkEntity, now: Date): Promise<void> {
    const membershipVersion = await this.members.nextVersion(network.id);
    await this.outbox.append(networkMembersChangedV1, {
      key: network.id,
      payload: {
        networkId: network.id,
        mentorGovernmentCode: network.mentorCode,
        actionNumber: network.actionNumber,
        projectYear: network.projectYear,
        memberCodes: memberCodesOf(await this.members.ofNetwork(network.id)),
        membershipVersion,
        changedAt: now.toISOString(),
      },
    });
  }
}
