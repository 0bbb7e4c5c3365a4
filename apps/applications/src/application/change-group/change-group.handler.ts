import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { groupChangedV1 } from '#contracts';
import { NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import type { GovernmentGroup } from '../../domain/group.js';
import { GovernmentGroupRepository } from '../../infrastructure/government-group.repository.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { groupPayload } from '../form-group/form-group.handler.js';
import type { GroupView } from '../form-group/group-view.js';
import { GroupRules } from '../form-group/group-rules.js';
import type { ChangeGroupCommand } from './change-group.command.js';

/** ABB changes a group's name, reference region, lead or members; the code stays what the group applies under. */
@Injectable()
export class ChangeGroupHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: GovernmentGroupRepository,
    private readonly governments: LocalGovernmentRepository,
    private readonly rules: GroupRules,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ projectYear, groupCode, ...changes }: ChangeGroupCommand): Promise<GroupView> {
    return this.unitOfWork.run(async () => {
      await this.groups.lockProjectYear(projectYear);
      const before = await this.groups.find(projectYear, groupCode);
      if (before === undefined) throw new NotFound(`groupCode: there is no group ${groupCode} in project year ${projectYear}`);
      const after: GovernmentGroup = {
        ...before,
        name: changes.name ?? before.name,
        referenceRegion: changes.referenceRegion ?? before.referenceRegion,
        leadCode: changes.leadCode ?? before.leadCode,
        memberCodes: changes.memberCodes ? [...changes.memberCodes] : before.memberCodes,
        updatedAt: new Date(),
      };
      await this.rules.check(after);
      await this.groups.save(after);
      await this.audit.record({ action: 'change-group', objectType: 'government-group', objectId: after.id, before, after });
      const view = await this.rules.view(after);
      const payload = await groupPayload(view, this.governments);
      await this.outbox.append(groupChangedV1, { key: payload.groupCode, payload });
      return view;
    });
  }
}
