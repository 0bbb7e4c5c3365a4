import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import { asProposedReview, type ProposedApplication } from '../../domain/allocation-proposal.js';
import type { Application } from '../../domain/application.js';
import { AllocationProposalRepository } from '../../infrastructure/allocation-proposal.repository.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { CallRepository } from '../../infrastructure/call.repository.js';
import { DecisionRecorder, type PreparedDecision } from '../record-decision/decision-recorder.js';
import type { DecideAsProposedCommand } from './decide-as-proposed.command.js';

export interface DecidedAsProposed {
  decided: string[];
  skipped: { applicationId: string; reason: string }[];
}

/** Why an application of the call is not decided as proposed; undefined when it is. */
const whyNotDecidable = (application: Application, proposed: ProposedApplication | undefined, proposalId: string): string | undefined => {
  if (application.status === 'refused-by-budget') return 'budgeting refused its decision: decide it again by hand, with lower amounts';
  if (application.status !== 'submitted') return `already decided (status ${application.status})`;
  if (proposed === undefined) return `not in allocation proposal ${proposalId}`;
  return undefined;
};

/**
 * "Decide as proposed": every submitted, undecided application of a closed call is decided exactly as budgeting's
 * stored proposal says, in one unit of work (all of them or, on an unexpected failure, none). An application the
 * proposal does not cover, one decided already, or one the proposal does not fit is skipped, with the reason.
 */
@Injectable()
export class DecideAsProposedHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calls: CallRepository,
    private readonly proposals: AllocationProposalRepository,
    private readonly applications: ApplicationRepository,
    private readonly recorder: DecisionRecorder,
    private readonly audit: AuditTrail,
  ) {}

  execute({ callId, decidedBy }: DecideAsProposedCommand): Promise<DecidedAsProposed> {
    return this.unitOfWork.run(async () => {
      const call = await this.calls.find(callId);
      if (!call) throw new NotFound(`call ${callId} does not exist`);
      if (call.status !== 'closed') throw new Conflict(`call ${callId} is still open: its applications are decided once it closed`);
      const proposal = await this.proposals.findByCall(callId);
      if (!proposal) throw new Conflict(`call ${callId} has no allocation proposal yet: budgeting proposes one after the call closed`);
      const proposed = new Map(proposal.applications.map((application) => [application.applicationId, application]));
      const outcome: DecidedAsProposed = { decided: [], skipped: [] };
      const candidates = await this.applications.listByCall(callId, ['submitted', 'decision-pending', 'decided', 'refused-by-budget']);
      for (const { id } of candidates) {
        // Locked one by one in the call's stable order, then read again: a decision taken meanwhile is seen.
        await this.applications.lock(id);
        const application = await this.applications.find(id);
        if (!application) continue;
        const proposedApplication = proposed.get(id);
        const notDecidable = whyNotDecidable(application, proposedApplication, proposal.proposalId);
        if (notDecidable !== undefined || proposedApplication === undefined) {
          outcome.skipped.push({ applicationId: id, reason: notDecidable ?? `not in allocation proposal ${proposal.proposalId}` });
          continue;
        }
        let prepared: PreparedDecision;
        try {
          prepared = await this.recorder.prepare(application, asProposedReview(proposedApplication), decidedBy);
        } catch (error) {
          // Preparing writes nothing, so refusing one application leaves the unit of work intact for the others.
          if (!(error instanceof RuleViolation)) throw error;
          outcome.skipped.push({ applicationId: id, reason: `the proposal does not fit the application: ${error.message}` });
          continue;
        }
        await this.recorder.write(prepared);
        outcome.decided.push(id);
      }
      await this.audit.record({
        action: 'decide-as-proposed',
        objectType: 'call',
        objectId: callId,
        before: null,
        after: { proposalId: proposal.proposalId, ...outcome },
      });
      return outcome;
    });
  }
}
