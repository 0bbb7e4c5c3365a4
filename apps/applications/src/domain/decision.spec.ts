import { describe, expect, it } from '@jest/globals';
import { RuleViolation } from '#domain';
import { commitTargets, decisionAmount } from './decision.js';

const limits = (code: string) =>
  code === 'A05' ? { maxPerApplicant: 2250, eurPerKpi: 60 } : code === 'A02' ? { maxPerApplicant: 1, eurPerKpi: 25_000 } : undefined;

describe('commitTargets', () => {
  it('sets each target to current plus approved additional reach, priced at the catalogue rate', () => {
    expect(commitTargets([{ indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500 }], limits)).toEqual([
      {
        indicatorCode: 'A05',
        currentReach: 500,
        approvedAdditionalReach: 1500,
        target: 2000,
        subsidisedReach: 1500,
        eurPerKpi: 60,
        amountEur: 90_000,
      },
    ]);
  });

  it('commits the sum of its lines', () => {
    const targets = commitTargets(
      [
        { indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500 },
        { indicatorCode: 'A02', currentReach: 0, approvedAdditionalReach: 1 },
      ],
      limits,
    );
    expect(decisionAmount(targets)).toBe(90_000 + 25_000);
  });

  it('refuses approvals above the cap, unknown indicators, duplicates and empty decisions', () => {
    expect(() => commitTargets([{ indicatorCode: 'A02', currentReach: 0, approvedAdditionalReach: 2 }], limits)).toThrow(
      'targets[0].approvedAdditionalReach: 2 exceeds the cap of 1 for A02',
    );
    expect(() => commitTargets([{ indicatorCode: 'A99', currentReach: 0, approvedAdditionalReach: 1 }], limits)).toThrow(RuleViolation);
    expect(() =>
      commitTargets(
        [
          { indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 1 },
          { indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 2 },
        ],
        limits,
      ),
    ).toThrow('targets[1].indicatorCode: A05 appears more than once');
    expect(() => commitTargets([], limits)).toThrow(RuleViolation);
    expect(() => commitTargets([{ indicatorCode: 'A05', currentReach: -1, approvedAdditionalReach: 1 }], limits)).toThrow(
      'targets[0].currentReach: must be a whole number >= 0, got -1',
    );
    expect(() => commitTargets([{ indicatorCode: 'A05', currentReach: 0.5, approvedAdditionalReach: 1 }], limits)).toThrow(RuleViolation);
  });
});
