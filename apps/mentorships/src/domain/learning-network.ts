import { RuleViolation } from '#domain';

/**
 * A learning network (lerend netwerk): a mentor government runs it on one action for other governments in one
 * project year, paid by the mentorship it was granted. Minimal until the learning-networks issue: members,
 * sessions and attendance come then.
 */
export interface LearningNetwork {
  id: string;
  mentorCode: string;
  actionNumber: number;
  projectYear: number;
  amountCents: number;
  openedAt: Date;
  /** The application whose decision granted the mentorship. */
  applicationId: string;
}

export interface GrantedMentorship {
  mentorCode: string;
  actionNumber: number;
  projectYear: number;
  amountCents: number;
}

/**
 * One network per mentor, action and project year, named after them so the same grant always names the same
 * network (a mentor's token lists the ids of its networks).
 */
export const networkIdFor = ({ mentorCode, actionNumber, projectYear }: Omit<GrantedMentorship, 'amountCents'>): string => {
  if (!Number.isInteger(actionNumber) || actionNumber < 1 || actionNumber > 99)
    throw new RuleViolation(`actionNumber: ${actionNumber} is not an action of Plan Samenleven`);
  return `network-${mentorCode}-A${String(actionNumber).padStart(2, '0')}-PJ${projectYear}`;
};

/**
 * There is no register of mentorships yet: a mentorship is named after the application whose decision granted it and
 * its action, so the same grant (redelivered, or repeated by an amendment) always has the same id.
 */
export const mentorshipIdFor = (applicationId: string, actionNumber: number): string =>
  `mentorship-${applicationId}-A${String(actionNumber).padStart(2, '0')}`;

/** The networks a decision's granted mentorships open: one per action, the first grant of an action counting. */
export const networksOpenedBy = (grants: readonly GrantedMentorship[], applicationId: string, openedAt: Date): LearningNetwork[] => {
  const networks = new Map<string, LearningNetwork>();
  for (const grant of grants) {
    const id = networkIdFor(grant);
    if (!networks.has(id)) networks.set(id, { id, ...grant, openedAt, applicationId });
  }
  return [...networks.values()];
};
