import { isEmail } from 'class-validator';
import { PROVINCES } from '#contracts';
import type { FieldProblem } from '#domain';

/** A Flemish local government as registered by ABB: who can apply and who gets notified. */
export interface Contact {
  name: string;
  email: string;
  phone: string | null;
  role: string;
}

export type GovernmentKind = 'municipality' | 'vgc' | 'de-rand';

export const GOVERNMENT_KINDS: readonly GovernmentKind[] = ['municipality', 'vgc', 'de-rand'];

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

/** What ABB may change on a register entry (the code and kind identify it and never change). */
export interface GovernmentChanges {
  kboNumber?: string | null;
  name?: string;
  province?: string;
  inhabitants?: number | null;
  nonEuOriginInhabitants?: number | null;
  contacts?: Contact[];
}

export type GovernmentField = keyof GovernmentChanges;

/** In the order government-updated v1 lists them. */
export const GOVERNMENT_FIELDS: readonly GovernmentField[] = [
  'kboNumber',
  'name',
  'province',
  'inhabitants',
  'nonEuOriginInhabitants',
  'contacts',
];

/** A municipality's 5-digit NIS code, or the fixed codes of the two governments that are not municipalities. */
export const REGISTER_CODE_PATTERN = /^([0-9]{5}|VGC|DE-RAND)$/;

export const MAX_CONTACTS = 20;

export const kindOfCode = (code: string): GovernmentKind => (code === 'VGC' ? 'vgc' : code === 'DE-RAND' ? 'de-rand' : 'municipality');

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

/** KBO numbers are often written 0207.451.227 or BE 0207 451 227; the register keeps the 10 digits. */
export const normaliseKboNumber = (written: string): string => written.replace(/^BE/i, '').replace(/[.\s]/g, '');

/** Why a (normalised) KBO number is refused, or null when it is valid. */
export const kboNumberProblem = (kboNumber: string): string | null => {
  if (!/^[01][0-9]{9}$/.test(kboNumber)) return `${kboNumber} is not a KBO number (10 digits starting with 0 or 1)`;
  return isValidKboNumber(kboNumber) ? null : `${kboNumber} is not a valid KBO number (check digits do not match)`;
};

const PHONE = /^\+?[0-9][0-9 ()./-]{4,38}$/;

/** Each problem of one contact person, named by the field of the contact it concerns. */
export const contactProblems = (contact: Contact): { field: keyof Contact; problem: string }[] => {
  const problems: { field: keyof Contact; problem: string }[] = [];
  if (contact.name === '') problems.push({ field: 'name', problem: 'a contact person needs a name' });
  else if (contact.name.length > 200) problems.push({ field: 'name', problem: 'at most 200 characters' });
  if (contact.email === '') problems.push({ field: 'email', problem: 'a contact person needs an e-mail address' });
  else if (!isEmail(contact.email)) problems.push({ field: 'email', problem: `${contact.email} is not an e-mail address` });
  if (contact.phone !== null && !PHONE.test(contact.phone))
    problems.push({ field: 'phone', problem: `${contact.phone} is not a phone number (digits, spaces, + ( ) . / -)` });
  if (contact.role === '') problems.push({ field: 'role', problem: 'a contact person needs a role, e.g. primary' });
  else if (contact.role.length > 100) problems.push({ field: 'role', problem: 'at most 100 characters' });
  return problems;
};

export const isProvince = (province: string): boolean => (PROVINCES as readonly string[]).includes(province);

/** What is wrong with a register entry as a whole (the fields one by one are checked where they are read). */
export const governmentProblems = (government: LocalGovernment): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (
    government.inhabitants !== null &&
    government.nonEuOriginInhabitants !== null &&
    government.nonEuOriginInhabitants > government.inhabitants
  )
    problems.push({
      field: 'nonEuOriginInhabitants',
      problem: `${government.nonEuOriginInhabitants} exceeds the ${government.inhabitants} inhabitants of ${government.code}`,
    });
  const emails = government.contacts.map((contact) => contact.email.toLowerCase());
  const repeated = emails.find((email, index) => emails.indexOf(email) !== index);
  if (repeated !== undefined) problems.push({ field: 'contacts', problem: `${repeated} is listed more than once` });
  if (government.contacts.length > MAX_CONTACTS) problems.push({ field: 'contacts', problem: `at most ${MAX_CONTACTS} contact persons` });
  return problems;
};

const contactKey = (contact: Contact): string => JSON.stringify([contact.email.toLowerCase(), contact.name, contact.phone, contact.role]);

/** The same people with the same details, in whatever order they are listed. */
export const sameContacts = (left: Contact[], right: Contact[]): boolean => {
  if (left.length !== right.length) return false;
  const sorted = (contacts: Contact[]) => contacts.map(contactKey).sort();
  const [a, b] = [sorted(left), sorted(right)];
  return a.every((key, index) => key === b[index]);
};

/** The fields whose value differs, in GOVERNMENT_FIELDS order: none means nothing to write or announce. */
export const changedFields = (before: LocalGovernment, after: LocalGovernment): GovernmentField[] =>
  GOVERNMENT_FIELDS.filter((field) =>
    field === 'contacts' ? !sameContacts(before.contacts, after.contacts) : before[field] !== after[field],
  );

/** The entry with the given changes; a field left out keeps its value. */
export const applyChanges = (government: LocalGovernment, changes: GovernmentChanges): LocalGovernment => {
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as GovernmentChanges;
  return { ...government, ...given, contacts: (given.contacts ?? government.contacts).map((contact) => ({ ...contact })) };
};
