import { Injectable } from '@nestjs/common';
import { Conflict, RuleViolation, type FieldProblem } from '#domain';
import { groupEligibility, groupNonEuOriginInhabitants } from '../../domain/eligibility.js';
import { groupCompositionProblems, type GovernmentGroup } from '../../domain/group.js';
import { GovernmentGroupRepository } from '../../infrastructure/government-group.repository.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import type { GroupView } from './group-view.js';

/**
 * What forming and changing a group share: the members are registered municipalities, the lead is one of
 * them, and none is in another group of the project year. Runs inside the caller's unit of work, after it
 * took the project year's group lock.
 */
@Injectable()
export class GroupRules {
  constructor(
    private readonly groups: GovernmentGroupRepository,
    private readonly governments: LocalGovernmentRepository,
  ) {}

  async check(group: Pick<GovernmentGroup, 'projectYear' | 'leadCode' | 'memberCodes' | 'groupCode'>): Promise<void> {
    const composition = groupCompositionProblems(group.leadCode, group.memberCodes);
    if (composition.length > 0) throw RuleViolation.of(composition);
    const registered = new Map((await this.governments.list(group.memberCodes)).map((government) => [government.code, government]));
    const problems: FieldProblem[] = [];
    group.memberCodes.forEach((code, index) => {
      const government = registered.get(code);
      if (government === undefined)
        problems.push({ field: `memberCodes[${index}]`, problem: `${code} is not a registered local government` });
      else if (government.kind !== 'municipality')
        problems.push({
          field: `memberCodes[${index}]`,
          problem: `${government.name} (${code}) is not a municipality; only municipalities form groups`,
        });
    });
    if (problems.length > 0) throw RuleViolation.of(problems);
    for (const [index, code] of group.memberCodes.entries()) {
      const other = await this.groups.findGroupOf(group.projectYear, code);
      if (other !== undefined && other.groupCode !== group.groupCode)
        throw new Conflict(
          `memberCodes[${index}]: ${registered.get(code)?.name} (${code}) is already in group ${other.groupCode} in project year ` +
            `${group.projectYear}; a government is in at most one group per project year`,
        );
    }
  }

  async view(group: GovernmentGroup): Promise<GroupView> {
    const members = await this.governments.list(group.memberCodes);
    const eligibility = groupEligibility(group.groupCode, members);
    return {
      ...group,
      nonEuOriginInhabitants: groupNonEuOriginInhabitants(members),
      eligible: eligibility.eligible,
      eligibilityReason: eligibility.eligible ? null : eligibility.reason,
    };
  }
}

/** The events carry the sum of the counts that are known (0 for a member whose count is not recorded yet). */
export const knownNonEuOriginInhabitants = (view: GroupView, members: { nonEuOriginInhabitants: number | null }[]): number =>
  view.nonEuOriginInhabitants ?? members.reduce((sum, member) => sum + (member.nonEuOriginInhabitants ?? 0), 0);
