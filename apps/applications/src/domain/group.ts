import type { FieldProblem } from '#domain';

/** Municipalities of one reference region that apply together for one project year; the lead applies and reports. */
export interface GovernmentGroup {
  id: string;
  /** GROUP-<NAME>, unique within the project year. */
  groupCode: string;
  projectYear: number;
  name: string;
  referenceRegion: string;
  leadCode: string;
  memberCodes: string[];
  createdAt: Date;
  updatedAt: Date;
}

const GROUP_PREFIX = 'GROUP-';
/** Every government code column is 40 characters wide. */
export const MAX_GROUP_CODE_LENGTH = 40;

/**
 * The code a group applies and reports under: GROUP- and its name in capitals, accents dropped, anything but
 * letters and digits a single dash, at most 40 characters. Null when the name has no letter or digit.
 */
export const groupCodeFor = (name: string): string | null => {
  const normalised = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_GROUP_CODE_LENGTH - GROUP_PREFIX.length)
    .replace(/-+$/, '');
  return normalised === '' ? null : `${GROUP_PREFIX}${normalised}`;
};

/** The composition rules that need nothing but the request: at least two distinct members, the lead one of them. */
export const groupCompositionProblems = (leadCode: string, memberCodes: string[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  memberCodes.forEach((code, index) => {
    if (seen.has(code)) problems.push({ field: `memberCodes[${index}]`, problem: `${code} is listed twice` });
    seen.add(code);
  });
  if (seen.size < 2) problems.push({ field: 'memberCodes', problem: 'a group has at least two member municipalities' });
  if (!seen.has(leadCode)) problems.push({ field: 'leadCode', problem: `the lead ${leadCode} must be one of memberCodes` });
  return problems;
};
