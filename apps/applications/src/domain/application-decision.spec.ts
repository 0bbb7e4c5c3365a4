import { describe, expect, it } from '@jest/globals';
import { decisionInForce, decisionStatusView, type ApplicationDecision, type DecisionStatus } from './application-decision.js';

const attempt = (id: string, revision: number, status: DecisionStatus, decidedAt: string): ApplicationDecision => ({
  id,
  applicationId: 'a',
  revision,
  amendmentId: revision > 1 ? 'm' : null,
  status,
  refusalReason: status === 'refused' ? 'budget op' : null,
  lines: [],
  stimuli: [],
  linesCents: 0,
  stimuliCents: 0,
  totalCents: 0,
  decidedAt: new Date(decidedAt),
  decidedBy: 'abb',
  settledAt: null,
});

describe('decisionInForce', () => {
  it('is the latest attempt until one is committed, then the latest committed revision', () => {
    const refused = attempt('d1', 1, 'refused', '2022-09-01T00:00:00Z');
    const pending = attempt('d2', 1, 'pending', '2022-09-02T00:00:00Z');
    expect(decisionInForce([])).toBeUndefined();
    expect(decisionInForce([refused])?.id).toBe('d1');
    expect(decisionInForce([refused, pending])?.id).toBe('d2');
    const committed = { ...pending, status: 'committed' as const };
    // An amendment awaiting budgeting, or refused by it, does not replace the committed revision.
    expect(decisionInForce([refused, committed, attempt('d3', 2, 'pending', '2022-10-01T00:00:00Z')])?.id).toBe('d2');
    expect(decisionInForce([refused, committed, attempt('d3', 2, 'refused', '2022-10-01T00:00:00Z')])?.id).toBe('d2');
    expect(decisionInForce([refused, committed, attempt('d4', 2, 'committed', '2022-10-02T00:00:00Z')])?.id).toBe('d4');
  });

  it("shows statuses in the application's words", () => {
    expect((['pending', 'committed', 'refused'] as const).map(decisionStatusView)).toEqual([
      'decision-pending',
      'decided',
      'refused-by-budget',
    ]);
  });
});
