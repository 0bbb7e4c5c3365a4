/**
 * An application of one government (or a group's lead) to one call: saved as a draft, possibly incomplete,
 * until it is submitted; then reviewed and decided.
 */
export type ApplicationStatus = 'draft' | 'submitted' | 'decision-pending' | 'decided' | 'refused-by-budget';

/** A line of a draft: every field may still be missing; submitting requires them all. */
export interface ApplicationLine {
  indicatorCode: string;
  currentReach: number | null;
  additionalReach: number | null;
  priority: number | null;
}

export interface MentorshipRequest {
  actionNumber: number;
  motivation: string;
}

export interface CooperationRequest {
  partnerCode: string;
  motivation: string;
}

export interface SocialImpactBond {
  intended: boolean;
  text: string;
}

export interface RequestedStimuli {
  mentorships: MentorshipRequest[];
  cooperation: CooperationRequest | null;
  socialImpactBond: SocialImpactBond | null;
}

export interface ApplicationContact {
  name: string;
  email: string;
  phone: string | null;
  role: string;
}

export interface Application {
  id: string;
  callId: string;
  projectYear: number;
  /** The applicant: a government, or a group's lead (which applies, receives the money and reports). */
  governmentCode: string;
  /** The group the lead applies for, null for a government applying alone. */
  groupCode: string | null;
  /** The governments the application covers: the group's members, or the applicant alone. */
  memberCodes: string[];
  catalogueVersion: string;
  status: ApplicationStatus;
  lines: ApplicationLine[];
  stimuli: RequestedStimuli;
  contacts: ApplicationContact[];
  iban: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
}
