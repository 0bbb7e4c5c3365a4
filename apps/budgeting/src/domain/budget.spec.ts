import { describe, expect, it } from '@jest/globals';
import { budgetChangeProblems, budgetPosition } from './budget.js';

describe('budgetPosition', () => {
  it('shows what is left of the programme budget', () => {
    expect(budgetPosition(1, 1_413_635_900, 9_000_000)).toEqual({
      projectYear: 1,
      budgetCents: 1_413_635_900,
      committedCents: 9_000_000,
      availableCents: 1_404_635_900,
    });
  });
});

describe('budgetChangeProblems', () => {
  it('allows any whole amount of cents down to what is committed', () => {
    expect(budgetChangeProblems(9_000_000, 9_000_000)).toEqual([]);
    expect(budgetChangeProblems(2_000_000_000_00, 0)).toEqual([]);
  });

  it('refuses a budget below the commitments, negative or not whole', () => {
    expect(budgetChangeProblems(8_999_999, 9_000_000)).toEqual([
      { field: 'budgetCents', problem: '8999999 is below the 9000000 cents the year has committed already' },
    ]);
    expect(budgetChangeProblems(-1, 0)).toEqual([{ field: 'budgetCents', problem: 'must be a whole number of euro cents >= 0' }]);
    expect(budgetChangeProblems(10.5, 0)).toHaveLength(1);
  });
});
