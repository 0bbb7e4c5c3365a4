/** A Flemish local government as registered by ABB: who can apply and who gets notified. */
export interface Contact {
  name: string;
  email: string;
  phone: string | null;
  role: string;
}

export type GovernmentKind = 'municipality' | 'vgc' | 'de-rand';

export interface LocalGovernment {
  code: string;
  kind: GovernmentKind;
  /** Null where no public source gave it. */
  kboNumber: string | null;
  name: string;
  province: string;
  arrondissement: string | null;
  inhabitants: number | null;
  /** Null when unknown. */
  nonEuOriginInhabitants: number | null;
  contacts: Contact[];
}

/**
 * A KBO (enterprise) number is 10 digits whose last two are the check digits: 97 minus the first
 * eight modulo 97. Catching a typo here saves a payment going nowhere later.
 */
export const isValidKboNumber = (kboNumber: string): boolean => {
  if (!/^[01][0-9]{9}$/.test(kboNumber)) return false;
  const base = Number(kboNumber.slice(0, 8));
  const check = Number(kboNumber.slice(8));
  return 97 - (base % 97) === check;
};
