import { Injectable } from '@nestjs/common';
import type { IndicatorStatus } from '#contracts';
import { NotFound } from '#domain';
import { actionNumberOf, actionStatusOf, isOnCourse, latestOfYear, needsCatchingUp } from '../../domain/member-standing.js';
import { visibilityOf, type NetworkSharing, type Viewer, type Visibility } from '../../domain/network-sharing.js';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import { LearningSessionRepository } from '../../infrastructure/learning-session.repository.js';
import { MemberProgressRepository } from '../../infrastructure/member-progress.repository.js';
import { MemberStandingRepository } from '../../infrastructure/member-standing.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';
import type { LearningNetworkView } from '../list-networks/list-networks.handler.js';

export interface IndicatorProgressView {
  indicatorCode: string;
  target: number | null;
  /** The latest reported running total of the year; null: nothing (or a nil report) yet. */
  realised: number | null;
  status: IndicatorStatus | null;
}

export interface MemberProgressView {
  governmentCode: string;
  joinedAt: string | null;
  /** What the viewer may see of this member: name only, its status, or every figure. */
  visibility: Visibility;
  /** Its status on the network's action (the most worrying indicator); left out for `name`. */
  status?: IndicatorStatus | null;
  /** Target, realised and status per indicator of the action; only for `figures`. */
  indicators?: IndicatorProgressView[];
  sessionsAttended?: number;
}

export interface CatchUpView {
  governmentCode: string;
  statusAtJoin: IndicatorStatus;
  statusNow: IndicatorStatus | null;
  caughtUp: boolean;
  caughtUpAt: string | null;
}

export interface NetworkPageView {
  network: LearningNetworkView;
  members: MemberProgressView[];
  /** Members that joined lagging or at risk: whether and when they caught up (the mentor and ABB; a member: itself). */
  catchUp: CatchUpView[];
}

export interface GetNetworkPageQuery {
  networkId: string;
  viewer: Viewer;
}

/**
 * The network's page: each current member's target, realised value and status on the network's action (kept
 * current from reporting's events), the sessions it attended, and the catch-up view; members see each other only as
 * far as the network's sharing setting allows.
 */
@Injectable()
export class GetNetworkPageHandler {
  constructor(
    private readonly networks: LearningNetworkRepository,
    private readonly members: NetworkMemberRepository,
    private readonly standing: MemberStandingRepository,
    private readonly progress: MemberProgressRepository,
    private readonly sessions: LearningSessionRepository,
  ) {}

  async execute({ networkId, viewer }: GetNetworkPageQuery): Promise<NetworkPageView> {
    const network = await this.networks.find(networkId);
    if (network === null) throw new NotFound(`networkId: ${networkId} is not a learning network`);
    const current = (await this.members.ofNetwork(networkId)).filter((membership) => membership.state === 'member');
    const codes = current.map((membership) => membership.governmentCode);
    const { actionNumber, projectYear } = network;
    const [targets, statuses, reported, attended] = await Promise.all([
      this.standing.targetsOn(codes, actionNumber, projectYear),
      this.standing.statusesOn(codes, actionNumber, projectYear),
      this.progress.ofGovernmentsInYear(codes, projectYear),
      this.sessions.attendanceCounts(networkId),
    ]);
    const onAction = reported.filter((line) => actionNumberOf(line.indicatorCode) === actionNumber);
    const sharing = network.sharing as NetworkSharing;
    const statusOf = (code: string): IndicatorStatus | null =>
      actionStatusOf(statuses.filter((row) => row.governmentCode === code).map((row) => row.status as IndicatorStatus));

    const members = current.map((membership): MemberProgressView => {
      const code = membership.governmentCode;
      const visibility = visibilityOf(viewer, code, sharing);
      const base = { governmentCode: code, joinedAt: membership.joinedAt?.toISOString() ?? null, visibility };
      if (visibility === 'name') return base;
      if (visibility === 'status') return { ...base, status: statusOf(code) };
      const indicatorCodes = [
        ...new Set([
          ...targets.filter((row) => row.governmentCode === code).map((row) => row.indicatorCode),
          ...statuses.filter((row) => row.governmentCode === code).map((row) => row.indicatorCode),
          ...onAction.filter((row) => row.governmentCode === code).map((row) => row.indicatorCode),
        ]),
      ].sort();
      return {
        ...base,
        status: statusOf(code),
        indicators: indicatorCodes.map((indicatorCode) => ({
          indicatorCode,
          target: targets.find((row) => row.governmentCode === code && row.indicatorCode === indicatorCode)?.target ?? null,
          realised:
            latestOfYear(onAction.filter((row) => row.governmentCode === code && row.indicatorCode === indicatorCode))?.achieved ?? null,
          status:
            (statuses.find((row) => row.governmentCode === code && row.indicatorCode === indicatorCode)?.status as IndicatorStatus) ?? null,
        })),
        sessionsAttended: attended.get(code) ?? 0,
      };
    });

    const catchUp = current
      .filter((membership) => needsCatchingUp(membership.statusAtJoin))
      .filter((membership) => viewer.manages || viewer.governmentCodes.includes(membership.governmentCode))
      .map((membership) => {
        const statusNow = statusOf(membership.governmentCode);
        return {
          governmentCode: membership.governmentCode,
          statusAtJoin: membership.statusAtJoin as IndicatorStatus,
          statusNow,
          caughtUp: membership.caughtUpAt !== null || isOnCourse(statusNow),
          caughtUpAt: membership.caughtUpAt?.toISOString() ?? null,
        };
      });

    return {
      network: {
        id: network.id,
        mentorCode: network.mentorCode,
        actionNumber,
        projectYear,
        amountCents: network.amountCents,
        openedAt: network.openedAt.toISOString(),
        applicationId: network.applicationId,
        sharing: network.sharing,
      },
      members,
      catchUp,
    };
  }
}
