/** An IBAN as people type it (spaces, lower case) in the one form it is stored and checked in. */
export const normaliseIban = (iban: string): string => iban.replace(/\s+/g, '').toUpperCase();

/** ISO 13616: the first four characters moved to the end, letters as 10..35, the number modulo 97 is 1. */
const ibanCheckDigitsHold = (iban: string): boolean => {
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const character of rearranged) {
    const digits = /[A-Z]/.test(character) ? String(character.charCodeAt(0) - 55) : character;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
};

/** The Belgian account number (12 digits): the last two are the first ten modulo 97, and 97 where that is 0. */
const belgianAccountCheckHolds = (account: string): boolean => {
  const remainder = Number(account.slice(0, 10)) % 97;
  return Number(account.slice(10)) === (remainder === 0 ? 97 : remainder);
};

/**
 * Why an IBAN cannot receive the subsidy, or null when it is a valid Belgian IBAN. Both check digits are
 * checked: a typo caught here saves a payment going nowhere after the decision.
 */
export const belgianIbanProblem = (input: string): string | null => {
  const iban = normaliseIban(input);
  if (!/^BE[0-9]{14}$/.test(iban)) return `${input} is not a Belgian IBAN (BE followed by 14 digits)`;
  if (!ibanCheckDigitsHold(iban)) return `${input} has wrong IBAN check digits (ISO 13616 modulo 97)`;
  if (!belgianAccountCheckHolds(iban.slice(4))) return `${input} is not a valid Belgian account number (its last two digits do not match)`;
  return null;
};

/** A valid Belgian IBAN for a 10-digit account base: the test data of this platform is built with it, never retyped. */
export const belgianIbanFor = (accountBase: string): string => {
  if (!/^[0-9]{10}$/.test(accountBase)) throw new Error(`account base must be 10 digits, got ${accountBase}`);
  const remainder = Number(accountBase) % 97;
  const account = `${accountBase}${String(remainder === 0 ? 97 : remainder).padStart(2, '0')}`;
  // The check digits make the whole number 1 modulo 97: 98 minus the number with "00" as check digits.
  let value = 0;
  for (const character of `${account}BE00`) {
    const digits = /[A-Z]/.test(character) ? String(character.charCodeAt(0) - 55) : character;
    for (const digit of digits) value = (value * 10 + Number(digit)) % 97;
  }
  return `BE${String(98 - value).padStart(2, '0')}${account}`;
};
