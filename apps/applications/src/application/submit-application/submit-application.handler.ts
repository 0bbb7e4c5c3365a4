import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { findIndicator } from '#catalogue';
import { applicationSubmittedV1, type ApplicationSubmittedV1 } from '#contracts';
import { Conflict, RuleViolation, type FieldProblem } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import type { Application } from '../../domain/application.js';
import { CatalogueLookup, type PricedIndicator } from '../../domain/catalogue-lookup.js';
import { governmentEligibility, groupEligibility, type Eligibility } from '../../domain/eligibility.js';
import { requestedLineCents } from '../../domain/requested-amounts.js';
import { submissionProblems, type SubmissionContext } from '../../domain/submission.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { CallRepository } from '../../infrastructure/call.repository.js';
import { GovernmentGroupRepository } from '../../infrastructure/government-group.repository.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { ApplicationViews, isEditableBy, notFound, type ApplicationView } from '../list-applications/application-views.js';
import type { SubmitApplicationCommand } from './submit-application.command.js';

/**
 * Submits a draft: every rule is checked at once and every problem answered together (the draft stays as it
 * was); otherwise the application is submitted and announced in the same unit of work. Under the call's lock
 * (taken before the application's, as closing the call takes it): a submission never slips in after the call
 * closed, and two applications covering the same government cannot both pass.
 */
@Injectable()
export class SubmitApplicationHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calls: CallRepository,
    private readonly applications: ApplicationRepository,
    private readonly groups: GovernmentGroupRepository,
    private readonly governments: LocalGovernmentRepository,
    private readonly catalogue: CatalogueLookup,
    private readonly views: ApplicationViews,
    private readonly clock: ProgrammeClock,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ applicationId, actorCodes }: SubmitApplicationCommand): Promise<ApplicationView> {
    return this.unitOfWork.run(async () => {
      const found = await this.applications.find(applicationId);
      if (found === undefined || !isEditableBy(found, actorCodes)) throw notFound(applicationId);
      await this.calls.lock(found.callId);
      await this.applications.lock(applicationId);
      const draft = (await this.applications.find(applicationId)) ?? found;
      if (draft.status !== 'draft') throw new Conflict(`status: application ${applicationId} is already ${draft.status}`);
      const call = await this.calls.find(draft.callId);
      if (call === undefined) throw notFound(applicationId);
      const priced = await this.catalogue.subsidisedIndicators(draft.catalogueVersion, draft.projectYear);

      const { memberCodes, eligibility, groupProblems } = await this.applicant(draft);
      const application: Application = { ...draft, memberCodes };
      const lone = draft.groupCode === null ? await this.groups.findGroupOf(draft.projectYear, draft.governmentCode) : undefined;
      const cooperation = draft.stimuli.cooperation;
      const problems = [
        ...groupProblems,
        ...submissionProblems(application, {
          now: this.clock.now(),
          call,
          priced,
          isKnownIndicator: (code) => findIndicator(code) !== undefined,
          eligibility,
          groupOfLoneApplicant: lone?.groupCode ?? null,
          otherSubmissions: (await this.applications.listSubmittedCovering(call.id, memberCodes, draft.id)).map((other) => ({
            applicationId: other.id,
            governmentCode: other.governmentCode,
          })),
          earlierParticipant: call.onlyEarlierParticipants
            ? await this.applications.submittedBefore(draft.governmentCode, call.projectYear)
            : null,
          cooperation: cooperation === null ? null : await this.cooperationSizes(cooperation.partnerCode, memberCodes),
        }),
      ];
      if (problems.length > 0) throw RuleViolation.of(problems);

      const submitted: Application = { ...application, status: 'submitted', submittedAt: this.clock.now(), updatedAt: new Date() };
      await this.applications.save(submitted);
      await this.audit.record({
        action: 'submit-application',
        objectType: 'application',
        objectId: draft.id,
        before: draft,
        after: submitted,
      });
      await this.outbox.append(applicationSubmittedV1, { key: submitted.governmentCode, payload: submittedPayload(submitted, priced) });
      return this.views.of(submitted);
    });
  }

  /** The partner's size and the applicant's (its members together; unknown when one of theirs is unknown). */
  private async cooperationSizes(partnerCode: string, memberCodes: string[]): Promise<SubmissionContext['cooperation']> {
    const partner = await this.governments.find(partnerCode);
    const members = await this.governments.list(memberCodes);
    const known = members.length === memberCodes.length && members.every((member) => member.inhabitants !== null);
    return {
      partner: partner && { name: partner.name, inhabitants: partner.inhabitants },
      applicantInhabitants: known ? members.reduce((sum, member) => sum + (member.inhabitants ?? 0), 0) : null,
    };
  }

  /** Who the application covers now: a group's members as the group stands at submission. */
  private async applicant(draft: Application): Promise<{ memberCodes: string[]; eligibility: Eligibility; groupProblems: FieldProblem[] }> {
    if (draft.groupCode === null) {
      const government = await this.governments.find(draft.governmentCode);
      const eligibility: Eligibility = government
        ? governmentEligibility(government)
        : { eligible: false, reason: `${draft.governmentCode} is no longer in the register` };
      return { memberCodes: [draft.governmentCode], eligibility, groupProblems: [] };
    }
    const group = await this.groups.find(draft.projectYear, draft.groupCode);
    if (group === undefined)
      return {
        memberCodes: draft.memberCodes,
        eligibility: { eligible: true },
        groupProblems: [
          { field: 'groupCode', problem: `there is no group ${draft.groupCode} in project year ${draft.projectYear} any more` },
        ],
      };
    const groupProblems: FieldProblem[] =
      group.leadCode === draft.governmentCode
        ? []
        : [{ field: 'groupCode', problem: `the lead of group ${group.groupCode} is now ${group.leadCode}; only the lead applies for it` }];
    return {
      memberCodes: [...group.memberCodes],
      eligibility: groupEligibility(group.groupCode, await this.governments.list(group.memberCodes)),
      groupProblems,
    };
  }
}

/** The event: every line priced under the call's version (a valid submission has every field and a price for every line). */
const submittedPayload = (application: Application, priced: ReadonlyMap<string, PricedIndicator>): ApplicationSubmittedV1 => {
  const lines = application.lines.map((line) => {
    const price = priced.get(line.indicatorCode)!;
    const additionalReach = line.additionalReach ?? 0;
    return {
      indicatorCode: line.indicatorCode,
      actionNumber: price.actionNumber,
      currentReach: line.currentReach ?? 0,
      additionalReach,
      priority: additionalReach > 0 ? line.priority : null,
      eurPerKpi: price.eurPerKpi,
      requestedCents: requestedLineCents(additionalReach, price),
    };
  });
  return {
    applicationId: application.id,
    callId: application.callId,
    projectYear: application.projectYear,
    governmentCode: application.governmentCode,
    groupCode: application.groupCode,
    memberCodes: application.memberCodes,
    catalogueVersion: application.catalogueVersion,
    lines,
    stimuli: {
      mentorships: application.stimuli.mentorships,
      cooperation: application.stimuli.cooperation,
      socialImpactBond: application.stimuli.socialImpactBond ?? { intended: false, text: '' },
    },
    requestedCents: lines.reduce((sum, line) => sum + line.requestedCents, 0),
    submittedAt: (application.submittedAt ?? new Date()).toISOString(),
  };
};
