import { Injectable } from '@nestjs/common';
import type { IndicatorStatus } from '#contracts';
import { NotFound } from '#domain';
import { UnitOfWork } from '#persistence';
import { indicatorsOfAction } from '../../domain/network-figures.js';
import { FiguresRepository } from '../../infrastructure/figures.repository.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import { NetworkMembershipRepository } from '../../infrastructure/network-membership.repository.js';
import type { GetNetworkFiguresQuery } from './get-network-figures.query.js';

export interface MemberIndicatorView {
  indicatorCode: string;
  /** The member's committed target; null: none on this indicator. */
  target: number | null;
  /** The running total that counts (the latest period, latest version); null when not reported or a nil return. */
  realised: number | null;
  /** The period whose report counts; null: nothing reported yet. */
  countedPeriodCode: string | null;
  /** The status per period that has one (reported, or overdue without a report), oldest period first. */
  statuses: { periodCode: string; status: IndicatorStatus }[];
}

export interface NetworkFiguresView {
  networkId: string;
  mentorGovernmentCode: string;
  actionNumber: number;
  projectYear: number;
  membershipVersion: number;
  indicatorCodes: string[];
  members: { governmentCode: string; indicators: MemberIndicatorView[] }[];
}

/**
 * What a learning network's mentor follows: for each member, on each indicator of the network's action in the
 * network's project year, its target, realised total and statuses. Access (the network's mentor, or ABB) is the caller's.
 */
@Injectable()
export class GetNetworkFiguresHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly memberships: NetworkMembershipRepository,
    private readonly figures: FiguresRepository,
    private readonly results: IndicatorResultRepository,
  ) {}

  execute(query: GetNetworkFiguresQuery): Promise<NetworkFiguresView> {
    // One snapshot: a report applied meanwhile shows in every column of a member, or in none.
    return this.unitOfWork.snapshot(async () => {
      const network = await this.memberships.find(query.networkId);
      if (!network) throw new NotFound(`networkId: no learning network ${query.networkId} is known to reporting`);
      const indicatorCodes = indicatorsOfAction(network.actionNumber);
      const figures = await this.figures.figuresOf(network.projectYear, network.memberCodes, indicatorCodes);
      const figureOf = new Map(figures.map((figure) => [`${figure.governmentCode}\u0000${figure.indicatorCode}`, figure]));
      const members = [];
      for (const governmentCode of network.memberCodes) {
        const statuses = (await this.results.ofGovernment(governmentCode, network.projectYear)).filter((row) =>
          indicatorCodes.includes(row.indicatorCode),
        );
        members.push({
          governmentCode,
          indicators: indicatorCodes.map((indicatorCode) => {
            const figure = figureOf.get(`${governmentCode}\u0000${indicatorCode}`);
            return {
              indicatorCode,
              target: figure?.target ?? null,
              realised: figure?.counted?.achieved ?? null,
              countedPeriodCode: figure?.counted?.periodCode ?? null,
              statuses: statuses
                .filter((row) => row.indicatorCode === indicatorCode)
                .map((row) => ({ periodCode: row.periodCode, status: row.status })),
            };
          }),
        });
      }
      return {
        networkId: network.networkId,
        mentorGovernmentCode: network.mentorGovernmentCode,
        actionNumber: network.actionNumber,
        projectYear: network.projectYear,
        membershipVersion: network.membershipVersion,
        indicatorCodes,
        members,
      };
    });
  }
}
