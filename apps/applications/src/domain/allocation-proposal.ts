import type { DecisionReview } from './decision-review.js';

export type FundingOutcome = 'full' | 'partial' | 'none';

export interface ProposedLine {
  indicatorCode: string;
  priority: number | null;
  requestedAdditionalReach: number;
  proposedAdditionalReach: number;
  eurPerKpi: number;
  proposedCents: number;
  outcome: FundingOutcome;
  reason: string;
}

export interface ProposedStimulus {
  kind: 'mentorship' | 'cooperation';
  actionNumber: number | null;
  partnerCode: string | null;
  proposedCents: number;
  outcome: FundingOutcome;
  reason: string;
}

export interface ProposedApplication {
  applicationId: string;
  governmentCode: string;
  lines: ProposedLine[];
  stimuli: ProposedStimulus[];
  linesCents: number;
  stimuliCents: number;
}

/** Budgeting's allocation proposal for a closed call, as applications keeps it for ABB's review. */
export interface AllocationProposal {
  proposalId: string;
  callId: string;
  projectYear: number;
  budgetCents: number;
  availableCents: number;
  rule: string;
  applications: ProposedApplication[];
  requestedCents: number;
  linesCents: number;
  stimuliCents: number;
  proposedAt: Date;
  receivedAt: Date;
}

/**
 * A proposal arriving for a call that already has one: the same proposal again changes nothing; another one
 * replaces it only when it was made later (a late, older one is ignored).
 */
export const replacesProposal = (
  stored: Pick<AllocationProposal, 'proposalId' | 'proposedAt'> | undefined,
  incoming: Pick<AllocationProposal, 'proposalId' | 'proposedAt'>,
): boolean =>
  stored === undefined || (stored.proposalId !== incoming.proposalId && incoming.proposedAt.getTime() > stored.proposedAt.getTime());

/**
 * "Decide as proposed": each line approved at the proposed KPI and paid the proposed amount (a partly funded
 * line keeps budgeting's reason, which explains a lower award), each stimulus granted unless budgeting proposed
 * nothing for it. The result is reviewed like any decision, so a proposal that does not fit the application is
 * refused, not taken on trust.
 */
export const asProposedReview = (proposed: ProposedApplication): DecisionReview => ({
  lines: proposed.lines.map((line) => ({
    indicatorCode: line.indicatorCode,
    approvedAdditionalReach: line.proposedAdditionalReach,
    amountCents: line.proposedCents,
    reason: line.outcome === 'full' ? null : line.reason,
  })),
  stimuli: proposed.stimuli.map((stimulus) => ({
    kind: stimulus.kind,
    actionNumber: stimulus.actionNumber,
    partnerCode: stimulus.partnerCode,
    granted: stimulus.outcome !== 'none',
  })),
});
