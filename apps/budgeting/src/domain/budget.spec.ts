import { describe, expect, it } from '@jest/globals';
import { budgetPosition } from './budget.js';

describe('budgetPosition', () => {
  it('shows what is left of the programme budget, and when it is over-committed', () => {
    expect(budgetPosition(1, 14_136_359, 90_000)).toEqual({
      projectYear: 1,
      programmeBudgetEur: 14_136_359,
      committedEur: 90_000,
      remainingEur: 14_046_359,
      overCommitted: false,
    });
    expect(budgetPosition(1, 100, 150)).toMatchObject({ remainingEur: -50, overCommitted: true });
  });
});
