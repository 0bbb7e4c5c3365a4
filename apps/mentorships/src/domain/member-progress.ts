import { RuleViolation } from '#domain';

/** What one report line says about a member's progress on an indicator in a period. */
export interface ProgressReport {
  governmentCode: string;
  indicatorCode: string;
  projectYear: number;
  periodCode: string;
  /** null is a deliberate nil report. */
  achieved: number | null;
  reportVersion: number;
}

export interface MemberProgress extends ProgressReport {
  networkId: string;
}

const ACTION_OF_INDICATOR = /^A([0-9]{2})(-[A-Z0-9]+)?$/;

/**
 * The learning network a member's result on an indicator counts for. A mentor runs a network on one
 * action, so every indicator of the action (A09-NIEUWKOMERS, A09-HANDICAP, ...) belongs to the same
 * network. For the walking skeleton there is one network per action; real networks, with their
 * mentors and members, come with the mentorships issue.
 */
export const networkIdOf = (indicatorCode: string): string => {
  const match = ACTION_OF_INDICATOR.exec(indicatorCode);
  if (!match) throw new RuleViolation(`${indicatorCode} is not an indicator code`);
  return `network-A${match[1]}`;
};

export const progressOf = (report: ProgressReport): MemberProgress => ({ ...report, networkId: networkIdOf(report.indicatorCode) });
