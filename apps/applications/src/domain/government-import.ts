import type { FieldProblem } from '#domain';
import {
  applyChanges,
  changedFields,
  contactProblems,
  governmentProblems,
  isProvince,
  isValidKboNumber,
  kindOfCode,
  normaliseKboNumber,
  REGISTER_CODE_PATTERN,
  type Contact,
  type GovernmentChanges,
  type GovernmentField,
  type LocalGovernment,
} from './local-government.js';

/**
 * The columns of the register import, one row per contact person (a government with three contacts has
 * three rows; its own fields may be repeated on each or given on one). Only `code` is required; a column
 * left out, or a cell left empty, keeps what the register has.
 */
export const IMPORT_COLUMNS = [
  'code',
  'kboNumber',
  'name',
  'province',
  'inhabitants',
  'nonEuOriginInhabitants',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactRole',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** One record of the file: `row` is its row in the file, the header being row 1. Cells are trimmed; '' is empty. */
export interface ImportRecord {
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
}

/** What the file says about one government, read from all its rows. */
export interface ImportEntry {
  code: string;
  /** The first row of this government, where problems of the entry as a whole are reported. */
  row: number;
  changes: GovernmentChanges;
  /** Rows of each government field, for naming them in problems found later. */
  rows: Partial<Record<GovernmentField, number>>;
}

export interface ImportReading {
  entries: ImportEntry[];
  problems: FieldProblem[];
}

const GOVERNMENT_COLUMNS = ['kboNumber', 'name', 'province', 'inhabitants', 'nonEuOriginInhabitants'] as const;
type GovernmentColumn = (typeof GOVERNMENT_COLUMNS)[number];
const CONTACT_COLUMNS = { contactName: 'name', contactEmail: 'email', contactPhone: 'phone', contactRole: 'role' } as const;

/** `row 7, kboNumber`: how every problem of the import names where it is. */
export const rowField = (row: number, column?: string): string => (column === undefined ? `row ${row}` : `row ${row}, ${column}`);

/** The header's problems: every column known, none twice, and the code there. */
export const headerProblems = (header: string[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  header.forEach((column, index) => {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(column))
      problems.push({
        field: rowField(1, column || `column ${index + 1}`),
        problem: `not a column of the import (${IMPORT_COLUMNS.join(';')})`,
      });
    else if (header.indexOf(column) !== index)
      problems.push({ field: rowField(1, column), problem: 'appears more than once in the header' });
  });
  if (!header.includes('code')) problems.push({ field: rowField(1), problem: 'the header must name the column code' });
  return problems;
};

const readCount = (text: string): number | string =>
  /^[0-9]{1,9}$/.test(text) ? Number(text) : `${text} is not a whole number of inhabitants (digits only, at most 999999999)`;

/** A cell's value for the register, or why it is refused. */
const readGovernmentCell = (column: GovernmentColumn, text: string): { value: string | number } | { problem: string } => {
  switch (column) {
    case 'kboNumber': {
      const kboNumber = normaliseKboNumber(text);
      if (!/^[01][0-9]{9}$/.test(kboNumber)) return { problem: `${text} is not a KBO number (10 digits starting with 0 or 1)` };
      return isValidKboNumber(kboNumber) ? { value: kboNumber } : { problem: `check digits do not match (${text})` };
    }
    case 'name':
      return text.length > 200 ? { problem: 'at most 200 characters' } : { value: text };
    case 'province':
      return isProvince(text)
        ? { value: text }
        : { problem: `${text} is not a province (Antwerpen, Limburg, Oost-Vlaanderen, Vlaams-Brabant, West-Vlaanderen, Brussel)` };
    case 'inhabitants':
    case 'nonEuOriginInhabitants': {
      const count = readCount(text);
      return typeof count === 'number' ? { value: count } : { problem: count };
    }
  }
};

/**
 * Reads the records into one entry per government, with every problem of every row at once: a bad code,
 * KBO number (check digits), province or count; an incomplete or malformed contact; two rows of one
 * government that disagree on one of its fields.
 */
export const readImportRecords = (records: ImportRecord[]): ImportReading => {
  const problems: FieldProblem[] = [];
  const entries = new Map<string, ImportEntry & { contacts: Contact[]; firstValue: Partial<Record<GovernmentColumn, string>> }>();
  for (const { row, cells } of records) {
    const code = cells.code ?? '';
    if (!REGISTER_CODE_PATTERN.test(code)) {
      problems.push({
        field: rowField(row, 'code'),
        problem: code === '' ? 'every row needs the government code' : `${code} is not a 5-digit NIS code, VGC or DE-RAND`,
      });
      continue;
    }
    let entry = entries.get(code);
    if (!entry) {
      entry = { code, row, changes: {}, rows: {}, contacts: [], firstValue: {} };
      entries.set(code, entry);
    }
    for (const column of GOVERNMENT_COLUMNS) {
      const text = cells[column] ?? '';
      if (text === '') continue;
      const read = readGovernmentCell(column, text);
      if ('problem' in read) {
        problems.push({ field: rowField(row, column), problem: read.problem });
        continue;
      }
      const earlier = entry.rows[column];
      if (earlier !== undefined) {
        if (entry.changes[column] !== read.value)
          problems.push({
            field: rowField(row, column),
            problem: `${text} differs from row ${earlier} (${entry.firstValue[column]}) for ${code}`,
          });
        continue;
      }
      (entry.changes as Record<GovernmentColumn, string | number>)[column] = read.value;
      entry.rows[column] = row;
      entry.firstValue[column] = text;
    }
    const contactCells = Object.keys(CONTACT_COLUMNS).map((column) => cells[column as keyof typeof CONTACT_COLUMNS] ?? '');
    if (contactCells.some((text) => text !== '')) {
      const contact: Contact = {
        name: cells.contactName ?? '',
        email: cells.contactEmail ?? '',
        phone: cells.contactPhone ? cells.contactPhone : null,
        role: cells.contactRole ?? '',
      };
      const wrong = contactProblems(contact);
      const columnOf = (field: keyof Contact) => Object.entries(CONTACT_COLUMNS).find(([, contactField]) => contactField === field)![0];
      for (const { field, problem } of wrong) problems.push({ field: rowField(row, columnOf(field)), problem });
      if (wrong.length === 0) {
        const sameEmail = entry.contacts.findIndex((other) => other.email.toLowerCase() === contact.email.toLowerCase());
        if (sameEmail >= 0)
          problems.push({ field: rowField(row, 'contactEmail'), problem: `${contact.email} is listed more than once for ${code}` });
        else entry.contacts.push(contact);
      }
      entry.rows.contacts ??= row;
    }
  }
  return {
    entries: [...entries.values()].map(({ code, row, changes, rows, contacts }) => ({
      code,
      row,
      rows,
      // The rows of a government list all its contacts: they replace the register's. No contact columns: contacts stay.
      changes: rows.contacts === undefined ? changes : { ...changes, contacts },
    })),
    problems,
  };
};

export interface ImportPlan {
  created: LocalGovernment[];
  updated: { before: LocalGovernment; after: LocalGovernment; changedFields: GovernmentField[] }[];
  unchanged: LocalGovernment[];
  problems: FieldProblem[];
}

/**
 * What importing the entries changes in the register as it is: new governments, the fields that change on
 * known ones, and the ones the file leaves as they are (importing the same file twice changes nothing the
 * second time). Refuses a new government without name or province, and a KBO number another government holds.
 */
export const planImport = (entries: ImportEntry[], register: LocalGovernment[]): ImportPlan => {
  const plan: ImportPlan = { created: [], updated: [], unchanged: [], problems: [] };
  const known = new Map(register.map((government) => [government.code, government]));
  const after = new Map(register.map((government) => [government.code, government]));
  const where = (entry: ImportEntry, field?: GovernmentField) =>
    rowField(field === undefined ? entry.row : (entry.rows[field] ?? entry.row), field);
  for (const entry of entries) {
    const before = known.get(entry.code);
    if (before === undefined) {
      const missing = (['name', 'province'] as const).filter((field) => entry.changes[field] === undefined);
      for (const field of missing)
        plan.problems.push({ field: where(entry, field), problem: `${entry.code} is not in the register yet: its ${field} is required` });
      if (missing.length > 0) continue;
    }
    const blank: LocalGovernment = {
      code: entry.code,
      kind: kindOfCode(entry.code),
      kboNumber: null,
      name: '',
      province: '',
      arrondissement: null,
      inhabitants: null,
      nonEuOriginInhabitants: null,
      contacts: [],
    };
    const next = applyChanges(before ?? blank, entry.changes);
    for (const { field, problem } of governmentProblems(next))
      plan.problems.push({ field: where(entry, field as GovernmentField), problem });
    after.set(entry.code, next);
    if (before === undefined) plan.created.push(next);
    else {
      const changed = changedFields(before, next);
      if (changed.length === 0) plan.unchanged.push(before);
      else plan.updated.push({ before, after: next, changedFields: changed });
    }
  }
  // A KBO number belongs to one government, as the register stands after the import.
  const holders = new Map<string, string[]>();
  for (const government of after.values())
    if (government.kboNumber !== null) holders.set(government.kboNumber, [...(holders.get(government.kboNumber) ?? []), government.code]);
  for (const entry of entries) {
    const kboNumber = entry.changes.kboNumber;
    if (kboNumber === undefined || kboNumber === null) continue;
    const others = (holders.get(kboNumber) ?? []).filter((code) => code !== entry.code);
    if (others.length > 0)
      plan.problems.push({ field: where(entry, 'kboNumber'), problem: `${kboNumber} is also the KBO number of ${others.join(', ')}` });
  }
  return plan;
};

/** Problems in the order of the file: by row, then as found. */
export const inFileOrder = (problems: FieldProblem[]): FieldProblem[] => {
  const rowOf = (problem: FieldProblem) => Number(/^row (\d+)/.exec(problem.field)?.[1] ?? 0);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => rowOf(a.problem) - rowOf(b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
};
