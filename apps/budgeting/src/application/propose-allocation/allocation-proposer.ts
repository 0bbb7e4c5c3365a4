import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { stimulusAmounts } from '#catalogue';
import { allocationProposedV1 } from '#contracts';
import { OutboxWriter } from '#messaging';
import { ProgrammeClock } from '#platform';
import { proposeAllocation } from '../../domain/allocation.js';
import { CallIntakeRepository, type StoredProposal } from '../../infrastructure/call-intake.repository.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { budgetOfYear } from '../budget-of-year.js';

/**
 * Proposes the allocation of a closed call once every application it lists has arrived: over what the year
 * has left (budget minus what is committed), under the documented rule (README, "Budget, allocation proposal and commitments").
 * Runs inside the caller's unit of work, which holds the call's lock; one proposal per call.
 */
@Injectable()
export class AllocationProposer {
  private readonly logger = new Logger(AllocationProposer.name);

  constructor(
    private readonly intake: CallIntakeRepository,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly ledger: LedgerRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: ProgrammeClock,
  ) {}

  async proposeIfComplete(callId: string): Promise<StoredProposal | null> {
    const closed = await this.intake.findClosed(callId);
    if (!closed || (await this.intake.findProposal(callId))) return null;
    const listed = new Set(closed.submittedApplicationIds);
    const submissions = (await this.intake.submissions(callId)).filter((submission) => listed.has(submission.applicationId));
    if (submissions.length < listed.size) {
      this.logger.log(`call ${callId}: ${submissions.length} of ${listed.size} submitted applications arrived; the proposal waits`);
      return null;
    }
    // What the year has left, read under its lock: a commitment cannot slip in between.
    await this.budgets.lockYear(closed.projectYear);
    const { budgetCents } = await budgetOfYear(this.budgets, closed.projectYear);
    const availableCents = Math.max(0, budgetCents - (await this.ledger.committedCents(closed.projectYear)));
    const allocation = proposeAllocation({
      availableCents,
      stimulusCents: stimulusAmounts(),
      applications: submissions.map(({ applicationId, governmentCode, submittedAt, lines, stimuli }) => ({
        applicationId,
        governmentCode,
        submittedAt: submittedAt.toISOString(),
        lines,
        stimuli,
      })),
    });
    const proposal: StoredProposal = {
      callId,
      proposalId: randomUUID(),
      projectYear: closed.projectYear,
      budgetCents,
      availableCents,
      ...allocation,
      proposedAt: this.clock.now(),
    };
    await this.intake.saveProposal(proposal);
    await this.outbox.append(allocationProposedV1, {
      key: callId,
      payload: { ...proposal, proposedAt: proposal.proposedAt.toISOString() },
    });
    this.logger.log(
      `call ${callId}: proposed ${allocation.linesCents + allocation.stimuliCents} of ${availableCents} cents ` +
        `over ${submissions.length} applications`,
    );
    return proposal;
  }
}
