import { Injectable } from '@nestjs/common';
import { memberCaughtUpV1, type IndicatorStatus, type IndicatorStatusChangedV2 } from '#contracts';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { actionNumberOf, actionStatusOf, caughtUpAt, statusSupersedes } from '../../domain/member-standing.js';
import { MemberStandingRepository } from '../../infrastructure/member-standing.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';

/**
 * Keeps each government's latest status per indicator (an older status arriving late changes nothing), and dates
 * the catch-up of members that joined a network on that action lagging or at risk and are on course now: once per
 * membership, announced as member-caught-up.
 */
@Injectable()
export class RecordIndicatorStatusHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly standing: MemberStandingRepository,
    private readonly members: NetworkMemberRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: ProgrammeClock,
  ) {}

  /** Returns the networks in which the government caught up with this change. */
  async execute(change: IndicatorStatusChangedV2): Promise<string[]> {
    const actionNumber = actionNumberOf(change.indicatorCode);
    return this.unitOfWork.run(async () => {
      await this.standing.lock(change.governmentCode, change.projectYear);
      const kept = await this.standing.findStatus(change.governmentCode, change.indicatorCode, change.projectYear);
      if (!statusSupersedes(kept, change)) return [];
      const now = this.clock.now();
      await this.standing.saveStatus({
        governmentCode: change.governmentCode,
        indicatorCode: change.indicatorCode,
        projectYear: change.projectYear,
        actionNumber,
        status: change.status,
        periodCode: change.periodCode,
        reportVersion: change.reportVersion,
        achieved: change.achieved,
        target: change.target,
        changedAt: now,
      });
      const statuses = await this.standing.statusesOn([change.governmentCode], actionNumber, change.projectYear);
      const statusNow = actionStatusOf(statuses.map((row) => row.status as IndicatorStatus));
      const caughtUp: string[] = [];
      for (const { membership, mentorCode } of await this.members.membersOnAction(
        change.governmentCode,
        actionNumber,
        change.projectYear,
      )) {
        if (membership.caughtUpAt !== null) continue;
        const at = caughtUpAt(membership, statusNow, now);
        if (at === null || membership.statusAtJoin === null || statusNow === null) continue;
        await this.members.save({ ...membership, caughtUpAt: at });
        await this.outbox.append(memberCaughtUpV1, {
          key: change.governmentCode,
          payload: {
            networkId: membership.networkId,
            mentorGovernmentCode: mentorCode,
            actionNumber,
            projectYear: change.projectYear,
            governmentCode: change.governmentCode,
            statusAtJoin: membership.statusAtJoin,
            status: statusNow,
            caughtUpAt: at.toISOString(),
          },
        });
        caughtUp.push(membership.networkId);
      }
      return caughtUp;
    });
  }
}
