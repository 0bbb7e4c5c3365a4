import type { GovernmentKind } from './local-government.js';

/** Catalogue rule `eligibility`: more than this many inhabitants of non-EU origin (alone, or a group together). */
export const NON_EU_ORIGIN_THRESHOLD = 7_500;

/** What eligibility needs to know of a government. */
export interface EligibilityFacts {
  code: string;
  name: string;
  kind: GovernmentKind;
  /** Null: unknown, so eligibility cannot be established until ABB records it. */
  nonEuOriginInhabitants: number | null;
}

export type Eligibility = { eligible: true } | { eligible: false; reason: string };

const count = (value: number): string => value.toLocaleString('en-GB');

const unknownCount = (governments: EligibilityFacts[]): string =>
  `the number of inhabitants of non-EU origin of ${governments.map(({ code, name }) => `${name} (${code})`).join(', ')} is not ` +
  'recorded, so eligibility cannot be established; ABB must record it in the register first';

/**
 * Catalogue rule `eligibility`: municipalities with more than 7,500 inhabitants of non-EU origin; VGC;
 * vzw de Rand. The reason of a refusal carries the numbers, so the applicant sees how far it is off.
 */
export const governmentEligibility = (government: EligibilityFacts): Eligibility => {
  if (government.kind === 'vgc' || government.kind === 'de-rand') return { eligible: true };
  if (government.nonEuOriginInhabitants === null) return { eligible: false, reason: unknownCount([government]) };
  if (government.nonEuOriginInhabitants > NON_EU_ORIGIN_THRESHOLD) return { eligible: true };
  return {
    eligible: false,
    reason:
      `${government.name} (${government.code}) has ${count(government.nonEuOriginInhabitants)} inhabitants of non-EU origin; ` +
      `a municipality applying alone needs more than ${count(NON_EU_ORIGIN_THRESHOLD)} (or it applies in a group that passes it together)`,
  };
};

/** The members' counts added up; null when any member's count is unknown. */
export const groupNonEuOriginInhabitants = (members: EligibilityFacts[]): number | null =>
  members.some((member) => member.nonEuOriginInhabitants === null)
    ? null
    : members.reduce((sum, member) => sum + (member.nonEuOriginInhabitants ?? 0), 0);

/** Catalogue rule `eligibility`: a group of municipalities in one reference region that together pass 7,500. */
export const groupEligibility = (groupCode: string, members: EligibilityFacts[]): Eligibility => {
  const unknown = members.filter((member) => member.nonEuOriginInhabitants === null);
  if (unknown.length > 0) return { eligible: false, reason: `group ${groupCode}: ${unknownCount(unknown)}` };
  const total = groupNonEuOriginInhabitants(members) ?? 0;
  if (total > NON_EU_ORIGIN_THRESHOLD) return { eligible: true };
  return {
    eligible: false,
    reason:
      `group ${groupCode} has ${count(total)} inhabitants of non-EU origin together ` +
      `(${members.map((member) => `${member.code}: ${count(member.nonEuOriginInhabitants ?? 0)}`).join(', ')}); ` +
      `a group needs more than ${count(NON_EU_ORIGIN_THRESHOLD)}`,
  };
};
