import { Injectable } from '@nestjs/common';
import { GovernmentGroupRepository } from '../../infrastructure/government-group.repository.js';
import type { GroupView } from '../form-group/group-view.js';
import { GroupRules } from '../form-group/group-rules.js';

export interface ListGroupsQuery {
  projectYear?: number;
  /** Only the groups with one of these governments as member (a government officer's view); all when absent. */
  memberOf?: string[];
}

@Injectable()
export class ListGroupsHandler {
  constructor(
    private readonly groups: GovernmentGroupRepository,
    private readonly rules: GroupRules,
  ) {}

  async execute({ projectYear, memberOf }: ListGroupsQuery): Promise<GroupView[]> {
    const groups = (await this.groups.list(projectYear)).filter(
      (group) => memberOf === undefined || group.memberCodes.some((code) => memberOf.includes(code)) || memberOf.includes(group.groupCode),
    );
    return Promise.all(groups.map((group) => this.rules.view(group)));
  }
}
