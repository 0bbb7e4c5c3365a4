import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { replacesProposal, type AllocationProposal } from '../../domain/allocation-proposal.js';
import { AllocationProposalRepository } from '../../infrastructure/allocation-proposal.repository.js';
import { CallRepository } from '../../infrastructure/call.repository.js';
import type { RecordAllocationProposalCommand } from './record-allocation-proposal.command.js';

/**
 * Keeps budgeting's allocation proposal of a call for ABB's review. The same proposal delivered again changes
 * nothing; a later proposal for the call replaces an earlier one, an earlier one arriving late is ignored.
 */
@Injectable()
export class RecordAllocationProposalHandler {
  private readonly logger = new Logger(RecordAllocationProposalHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calls: CallRepository,
    private readonly proposals: AllocationProposalRepository,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  execute({ proposal: event }: RecordAllocationProposalCommand): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      await this.proposals.lock(event.callId);
      if (!(await this.calls.find(event.callId)))
        throw new NotFound(`callId: call ${event.callId} of proposal ${event.proposalId} does not exist`);
      const stored = await this.proposals.findByCall(event.callId);
      const proposal: AllocationProposal = {
        ...event,
        applications: event.applications.map((application) => ({
          ...application,
          lines: application.lines.map((line) => ({ ...line })),
          stimuli: application.stimuli.map((stimulus) => ({ ...stimulus })),
        })),
        proposedAt: new Date(event.proposedAt),
        receivedAt: this.clock.now(),
      };
      if (!replacesProposal(stored, proposal)) {
        this.logger.log(`proposal ${event.proposalId} for call ${event.callId} changes nothing (stored: ${stored?.proposalId})`);
        return false;
      }
      await this.proposals.save(proposal);
      await this.audit.record({
        action: 'record-allocation-proposal',
        objectType: 'call',
        objectId: event.callId,
        before: stored ? { proposalId: stored.proposalId } : null,
        after: { proposalId: proposal.proposalId, applications: proposal.applications.length },
      });
      return true;
    });
  }
}
