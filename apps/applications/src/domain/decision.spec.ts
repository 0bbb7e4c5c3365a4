import { describe, expect, it } from '@jest/globals';
import { commitTargets, DecisionRuleViolation } from './decision.js';

const limits = (code: string) => (code === 'A05' ? { maxPerApplicant: 2250 } : code === 'A02' ? { maxPerApplicant: 1 } : undefined);

describe('commitTargets', () => {
  it('sets each target to current plus approved additional reach', () => {
    expect(commitTargets([{ indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500 }], limits)).toEqual([
      { indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500, target: 2000 },
    ]);
  });

  it('refuses approvals above the cap, unknown indicators, duplicates and empty decisions', () => {
    expect(() => commitTargets([{ indicatorCode: 'A02', currentReach: 0, approvedAdditionalReach: 2 }], limits)).toThrow(
      'targets[0].approvedAdditionalReach: 2 exceeds the cap of 1 for A02',
    );
    expect(() => commitTargets([{ indicatorCode: 'A99', currentReach: 0, approvedAdditionalReach: 1 }], limits)).toThrow(DecisionRuleViolation);
    expect(() =>
      commitTargets(
        [
          { indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 1 },
          { indicatorCode: 'A05', currentReach: 0, approvedAdditionalReach: 2 },
        ],
        limits,
      ),
    ).toThrow('targets[1].indicatorCode: A05 appears more than once');
    expect(() => commitTargets([], limits)).toThrow(DecisionRuleViolation);
  });
});
