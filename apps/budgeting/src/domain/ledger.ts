/** One side of a double-entry booking, in euro cents. Exactly one of debit and credit is non-zero. */
export interface Posting {
  account: string;
  debitCents: number;
  creditCents: number;
}

export class UnbalancedLedgerError extends Error {
  override readonly name = 'UnbalancedLedgerError';
}

/** The account the year's programme budget is drawn from. */
export const programmeBudgetAccount = (projectYear: number): string => `programme-budget:${projectYear}`;

/** What the programme owes one local government (or group lead). */
export const commitmentsAccount = (governmentCode: string): string => `commitments:${governmentCode}`;

/**
 * A commitment draws on the year's programme budget (debit) and creates an obligation towards the government
 * (credit). A revision that lowers it books the reverse for the difference: nothing is ever changed in place.
 * A difference of 0 books nothing: a booking of 0 carries no information.
 */
export const commitmentPostings = (projectYear: number, governmentCode: string, deltaCents: number): Posting[] => {
  if (!Number.isSafeInteger(deltaCents)) throw new UnbalancedLedgerError(`a commitment is a whole number of cents, got ${deltaCents}`);
  if (deltaCents === 0) return [];
  const amount = Math.abs(deltaCents);
  const budget = programmeBudgetAccount(projectYear);
  const government = commitmentsAccount(governmentCode);
  const [debited, credited] = deltaCents > 0 ? [budget, government] : [government, budget];
  return [
    { account: debited, debitCents: amount, creditCents: 0 },
    { account: credited, debitCents: 0, creditCents: amount },
  ];
};

export const totals = (postings: readonly Posting[]): { debitCents: number; creditCents: number } =>
  postings.reduce(
    (sum, posting) => ({ debitCents: sum.debitCents + posting.debitCents, creditCents: sum.creditCents + posting.creditCents }),
    { debitCents: 0, creditCents: 0 },
  );

export const isBalanced = (postings: readonly Posting[]): boolean => {
  const sum = totals(postings);
  return sum.debitCents === sum.creditCents;
};

/** Every booking is checked before it is written (and again by the database when the transaction commits). */
export const assertBalanced = (postings: readonly Posting[]): void => {
  const invalid = postings.find(
    (posting) =>
      !Number.isSafeInteger(posting.debitCents) ||
      !Number.isSafeInteger(posting.creditCents) ||
      posting.debitCents < 0 ||
      posting.creditCents < 0 ||
      (posting.debitCents === 0) === (posting.creditCents === 0),
  );
  if (invalid) throw new UnbalancedLedgerError(`posting on ${invalid.account} must have exactly one positive side in whole cents`);
  const sum = totals(postings);
  if (sum.debitCents !== sum.creditCents)
    throw new UnbalancedLedgerError(`booking does not balance: debit ${sum.debitCents} cents, credit ${sum.creditCents} cents`);
};

/** Where a released payment goes: the IBAN of the application. */
export const paymentsAccount = (iban: string): string => `payments-to:${iban}`;

/** A released payment settles part of the obligation towards the government (debit) by a transfer to its IBAN (credit). */
export const paymentPostings = (governmentCode: string, iban: string, amountCents: number): Posting[] => {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    throw new UnbalancedLedgerError(`a payment is a positive whole number of cents, got ${amountCents}`);
  return [
    { account: commitmentsAccount(governmentCode), debitCents: amountCents, creditCents: 0 },
    { account: paymentsAccount(iban), debitCents: 0, creditCents: amountCents },
  ];
};

/** What a government owes back after a confirmed recovery. */
export const recoveryReceivableAccount = (governmentCode: string): string => `recovery-receivable:${governmentCode}`;

/** What the year has recovered. */
export const recoveredAccount = (projectYear: number): string => `recovered:${projectYear}`;

/** A confirmed recovery is charged to the government that received the money (debit) and counted as recovered (credit). */
export const recoveryPostings = (projectYear: number, governmentCode: string, amountCents: number): Posting[] => {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    throw new UnbalancedLedgerError(`a recovery is a positive whole number of cents, got ${amountCents}`);
  return [
    { account: recoveryReceivableAccount(governmentCode), debitCents: amountCents, creditCents: 0 },
    { account: recoveredAccount(projectYear), debitCents: 0, creditCents: amountCents },
  ];
};
