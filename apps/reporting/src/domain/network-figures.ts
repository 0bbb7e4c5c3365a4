import { allIndicators } from '#catalogue';

/** The indicators of an action, in catalogue order: what a learning network on that action follows. */
export const indicatorsOfAction = (actionNumber: number): string[] =>
  allIndicators()
    .filter((indicator) => indicator.actionNumber === actionNumber)
    .map((indicator) => indicator.code);

/** Each member once, in code order (mentorships sends each once; a repeat would show a member twice). */
export const distinctMembers = (memberCodes: readonly string[]): string[] => [...new Set(memberCodes)].sort();
