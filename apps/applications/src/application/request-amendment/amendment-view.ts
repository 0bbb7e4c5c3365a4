import type { AmendedLine, Amendment, AmendmentStatus } from '../../domain/amendment.js';

export interface AmendmentView {
  id: string;
  applicationId: string;
  status: AmendmentStatus;
  lines: AmendedLine[];
  reason: string;
  requestedAt: string;
  reviewedAt: string | null;
  comment: string | null;
  /** The decision revision an accepted amendment produced. */
  decisionId: string | null;
}

export const amendmentView = (amendment: Amendment): AmendmentView => ({
  id: amendment.id,
  applicationId: amendment.applicationId,
  status: amendment.status,
  lines: amendment.lines,
  reason: amendment.reason,
  requestedAt: amendment.requestedAt.toISOString(),
  reviewedAt: amendment.reviewedAt?.toISOString() ?? null,
  comment: amendment.comment,
  decisionId: amendment.decisionId,
});
