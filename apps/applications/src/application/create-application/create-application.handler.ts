import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '#auth';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import type { Application } from '../../domain/application.js';
import { governmentEligibility, groupEligibility } from '../../domain/eligibility.js';
import { earlierParticipantsOnly } from '../../domain/submission.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { CallRepository } from '../../infrastructure/call.repository.js';
import { GovernmentGroupRepository } from '../../infrastructure/government-group.repository.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { ApplicationViews, type ApplicationView } from '../list-applications/application-views.js';
import type { CreateApplicationCommand } from './create-application.command.js';

/**
 * A government (or a group's lead) starts its draft for a call: one per applicant per call. Who may apply
 * is settled here already (eligible, not a group member applying alone, year 3: an earlier participant),
 * so nobody fills in a form it can never submit; submitting checks it all again.
 */
@Injectable()
export class CreateApplicationHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calls: CallRepository,
    private readonly applications: ApplicationRepository,
    private readonly groups: GovernmentGroupRepository,
    private readonly governments: LocalGovernmentRepository,
    private readonly views: ApplicationViews,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ callId, governmentCode, groupCode = null }: CreateApplicationCommand): Promise<ApplicationView> {
    return this.unitOfWork.run(async () => {
      const call = await this.calls.find(callId);
      if (call === undefined) throw new NotFound(`callId: there is no call ${callId}`);
      if (call.status !== 'open') throw RuleViolation.at('callId', `call ${callId} is closed`);
      const government = await this.governments.find(governmentCode);
      if (government === undefined) throw RuleViolation.at('governmentCode', `${governmentCode} is not a registered local government`);
      let memberCodes = [governmentCode];
      if (groupCode !== null) {
        const group = await this.groups.find(call.projectYear, groupCode);
        if (group === undefined) throw RuleViolation.at('groupCode', `there is no group ${groupCode} in project year ${call.projectYear}`);
        if (group.leadCode !== governmentCode)
          throw RuleViolation.at('groupCode', `only the lead ${group.leadCode} applies for group ${groupCode}, not ${governmentCode}`);
        memberCodes = [...group.memberCodes];
        const eligibility = groupEligibility(groupCode, await this.governments.list(memberCodes));
        if (!eligibility.eligible) throw RuleViolation.at('groupCode', `not eligible: ${eligibility.reason}`);
      } else {
        const group = await this.groups.findGroupOf(call.projectYear, governmentCode);
        if (group !== undefined)
          throw RuleViolation.at(
            'governmentCode',
            `${government.name} (${governmentCode}) is a member of group ${group.groupCode} in project year ` +
              `${call.projectYear}; the group's lead ${group.leadCode} applies for it (with groupCode), not the member alone`,
          );
        const eligibility = governmentEligibility(government);
        if (!eligibility.eligible) throw RuleViolation.at('governmentCode', `not eligible: ${eligibility.reason}`);
      }
      if (call.onlyEarlierParticipants && !(await this.applications.submittedBefore(governmentCode, call.projectYear)))
        throw RuleViolation.at('callId', earlierParticipantsOnly(call.projectYear));
      await this.applications.lockApplicant(callId, governmentCode);
      const existing = await this.applications.findByApplicant(callId, governmentCode);
      if (existing !== undefined)
        throw new Conflict(`callId: ${governmentCode} already has application ${existing.id} for this call; one application per call`);
      const now = new Date();
      const application: Application = {
        id: randomUUID(),
        callId,
        projectYear: call.projectYear,
        governmentCode,
        groupCode,
        memberCodes,
        catalogueVersion: call.catalogueVersion,
        status: 'draft',
        lines: [],
        stimuli: { mentorships: [], cooperation: null, socialImpactBond: null },
        contacts: [],
        iban: null,
        createdAt: now,
        updatedAt: now,
        submittedAt: null,
      };
      await this.applications.insert(application);
      await this.audit.record({
        action: 'create-application',
        objectType: 'application',
        objectId: application.id,
        before: null,
        after: application,
      });
      return this.views.of(application);
    });
  }
}
