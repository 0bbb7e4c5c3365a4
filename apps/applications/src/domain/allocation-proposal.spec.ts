import { describe, expect, it } from '@jest/globals';
import { asProposedReview, replacesProposal, type ProposedApplication } from './allocation-proposal.js';

const proposed: ProposedApplication = {
  applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  governmentCode: '44021',
  lines: [
    {
      indicatorCode: 'A05',
      priority: 1,
      requestedAdditionalReach: 1500,
      proposedAdditionalReach: 1500,
      eurPerKpi: 60,
      proposedCents: 9_000_000,
      outcome: 'full',
      reason: 'Volledig gefinancierd.',
    },
    {
      indicatorCode: 'A02',
      priority: 2,
      requestedAdditionalReach: 1,
      proposedAdditionalReach: 0,
      eurPerKpi: 25_000,
      proposedCents: 0,
      outcome: 'none',
      reason: 'Niet gefinancierd: budget op.',
    },
    {
      indicatorCode: 'A07',
      priority: 3,
      requestedAdditionalReach: 400,
      proposedAdditionalReach: 133,
      eurPerKpi: 150,
      proposedCents: 1_995_000,
      outcome: 'partial',
      reason: 'Deels: 133 van 400 KPI passen nog.',
    },
  ],
  stimuli: [
    { kind: 'mentorship', actionNumber: 5, partnerCode: null, proposedCents: 1_000_000, outcome: 'full', reason: 'Vast bedrag.' },
    { kind: 'cooperation', actionNumber: null, partnerCode: '44083', proposedCents: 0, outcome: 'none', reason: 'Geen budget.' },
  ],
  linesCents: 10_995_000,
  stimuliCents: 1_000_000,
};

describe('asProposedReview', () => {
  it("approves the proposed KPI at the proposed amount, keeping budgeting's reason where a line is not fully funded", () => {
    expect(asProposedReview(proposed)).toEqual({
      lines: [
        { indicatorCode: 'A05', approvedAdditionalReach: 1500, amountCents: 9_000_000, reason: null },
        { indicatorCode: 'A02', approvedAdditionalReach: 0, amountCents: 0, reason: 'Niet gefinancierd: budget op.' },
        { indicatorCode: 'A07', approvedAdditionalReach: 133, amountCents: 1_995_000, reason: 'Deels: 133 van 400 KPI passen nog.' },
      ],
      stimuli: [
        { kind: 'mentorship', actionNumber: 5, partnerCode: null, granted: true },
        { kind: 'cooperation', actionNumber: null, partnerCode: '44083', granted: false },
      ],
    });
  });
});

describe('replacesProposal', () => {
  const first = { proposalId: 'p1', proposedAt: new Date('2022-07-16T08:00:00Z') };
  it('stores the first proposal and a later one, never the same one again or an older one', () => {
    expect(replacesProposal(undefined, first)).toBe(true);
    expect(replacesProposal(first, { ...first })).toBe(false);
    expect(replacesProposal(first, { proposalId: 'p2', proposedAt: new Date('2022-07-17T08:00:00Z') })).toBe(true);
    expect(replacesProposal(first, { proposalId: 'p0', proposedAt: new Date('2022-07-15T08:00:00Z') })).toBe(false);
  });
});
