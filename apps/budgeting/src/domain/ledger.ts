/** One side of a double-entry booking, in whole euro. Exactly one of debit and credit is non-zero. */
export interface Posting {
  account: string;
  debitEur: number;
  creditEur: number;
}

export class UnbalancedLedgerError extends Error {
  override readonly name = 'UnbalancedLedgerError';
}

/** The account the year's programme budget is drawn from. */
export const programmeBudgetAccount = (projectYear: number): string => `programme-budget:${projectYear}`;

/** What the programme owes one local government (or group lead). */
export const commitmentsAccount = (governmentCode: string): string => `commitments:${governmentCode}`;

/**
 * Committing subsidy draws on the year's programme budget (debit) and creates an obligation towards
 * the government (credit). A zero commitment books nothing: a booking of 0 carries no information.
 */
export const commitmentPostings = (projectYear: number, governmentCode: string, amountEur: number): Posting[] => {
  if (!Number.isInteger(amountEur) || amountEur < 0)
    throw new UnbalancedLedgerError(`a commitment is a whole number of euro >= 0, got ${amountEur}`);
  if (amountEur === 0) return [];
  return [
    { account: programmeBudgetAccount(projectYear), debitEur: amountEur, creditEur: 0 },
    { account: commitmentsAccount(governmentCode), debitEur: 0, creditEur: amountEur },
  ];
};

export const totals = (postings: readonly Posting[]): { debitEur: number; creditEur: number } =>
  postings.reduce((sum, posting) => ({ debitEur: sum.debitEur + posting.debitEur, creditEur: sum.creditEur + posting.creditEur }), {
    debitEur: 0,
    creditEur: 0,
  });

export const isBalanced = (postings: readonly Posting[]): boolean => {
  const sum = totals(postings);
  return sum.debitEur === sum.creditEur;
};

/** Every booking is checked before it is written (and again by the database when the transaction commits). */
export const assertBalanced = (postings: readonly Posting[]): void => {
  const invalid = postings.find(
    (posting) => posting.debitEur < 0 || posting.creditEur < 0 || (posting.debitEur === 0) === (posting.creditEur === 0),
  );
  if (invalid) throw new UnbalancedLedgerError(`posting on ${invalid.account} must have exactly one positive side`);
  const sum = totals(postings);
  if (sum.debitEur !== sum.creditEur)
    throw new UnbalancedLedgerError(`booking does not balance: debit ${sum.debitEur} EUR, credit ${sum.creditEur} EUR`);
};
