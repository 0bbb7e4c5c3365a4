import type { Application } from './application.js';

/**
 * Who may see an application: ABB (no codes: everything), or an officer of the applicant or of the group it applies
 * for. Anyone else is told it does not exist, so ids cannot be probed.
 */
export const isVisibleTo = (
  application: Pick<Application, 'governmentCode' | 'groupCode'>,
  governmentCodes: readonly string[] | undefined,
): boolean =>
  governmentCodes === undefined ||
  governmentCodes.includes(application.governmentCode) ||
  (application.groupCode !== null && governmentCodes.includes(application.groupCode));
