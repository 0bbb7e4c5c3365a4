import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '#auth';
import { groupFormedV1, type GovernmentGroupV1 } from '#contracts';
import { Conflict, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { groupCodeFor, type GovernmentGroup } from '../../domain/group.js';
import { GovernmentGroupRepository } from '../../infrastructure/government-group.repository.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import type { FormGroupCommand } from './form-group.command.js';
import type { GroupView } from './group-view.js';
import { GroupRules, knownNonEuOriginInhabitants } from './group-rules.js';

/** The group as its events carry it. */
export const groupPayload = async (view: GroupView, governments: LocalGovernmentRepository): Promise<GovernmentGroupV1> => ({
  groupId: view.id,
  groupCode: view.groupCode,
  projectYear: view.projectYear,
  name: view.name,
  referenceRegion: view.referenceRegion,
  leadCode: view.leadCode,
  memberCodes: view.memberCodes,
  nonEuOriginInhabitants: knownNonEuOriginInhabitants(view, await governments.list(view.memberCodes)),
});

/** ABB forms a group of municipalities for a project year; its lead applies under the group's code. */
@Injectable()
export class FormGroupHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: GovernmentGroupRepository,
    private readonly governments: LocalGovernmentRepository,
    private readonly rules: GroupRules,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: FormGroupCommand): Promise<GroupView> {
    const groupCode = groupCodeFor(command.name);
    if (groupCode === null) throw RuleViolation.at('name', 'a group name needs at least one letter or digit (it gives the group code)');
    return this.unitOfWork.run(async () => {
      await this.groups.lockProjectYear(command.projectYear);
      if (await this.groups.find(command.projectYear, groupCode))
        throw new Conflict(
          `name: a group with code ${groupCode} already exists in project year ${command.projectYear}; choose another name`,
        );
      const now = new Date();
      const group: GovernmentGroup = {
        id: randomUUID(),
        groupCode,
        projectYear: command.projectYear,
        name: command.name,
        referenceRegion: command.referenceRegion,
        leadCode: command.leadCode,
        memberCodes: [...command.memberCodes],
        createdAt: now,
        updatedAt: now,
      };
      await this.rules.check(group);
      await this.groups.insert(group);
      const view = await this.rules.view(group);
      await this.audit.record({ action: 'form-group', objectType: 'government-group', objectId: group.id, before: null, after: group });
      const payload = await groupPayload(view, this.governments);
      await this.outbox.append(groupFormedV1, { key: payload.groupCode, payload });
      return view;
    });
  }
}
