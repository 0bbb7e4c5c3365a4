import { randomUUID } from 'node:crypto';
import type { ApplicationDecidedV1, ReportReviewedV2 } from '#contracts';

/** ABB's review of a government's report as reporting announces it (report-reviewed v2), lines as given. */
export const testReviewed = (
  governmentCode: string,
  lines: (Partial<ReportReviewedV2['lines'][number]> & { indicatorCode: string })[],
  options: { outcome?: ReportReviewedV2['outcome']; periodKind?: ReportReviewedV2['periodKind']; projectYear?: number } = {},
): ReportReviewedV2 => {
  const periodKind = options.periodKind ?? 'annual';
  const projectYear = options.projectYear ?? 1;
  return {
    reportId: randomUUID(),
    governmentCode,
    projectYear,
    periodCode: `PJ${projectYear}-${periodKind === 'annual' ? 'ANNUAL' : 'INTERIM'}`,
    periodKind,
    reportVersion: 1,
    outcome: options.outcome ?? 'accepted',
    lines: lines.map((line) => ({
      currentReach: 0,
      approvedAdditionalReach: 0,
      target: 0,
      realised: 0,
      motivation: null,
      motivationAccepted: null,
      ...line,
    })),
    comments: [],
    reviewedAt: '2024-01-20T10:00:00.000Z',
  };
};

/** The lines of a decision, reported as reached in full: nothing to recover. */
export const reachedInFull = (decided: ApplicationDecidedV1): ReportReviewedV2['lines'] =>
  decided.lines.map((line) => ({
    indicatorCode: line.indicatorCode,
    currentReach: line.currentReach,
    approvedAdditionalReach: line.approvedAdditionalReach,
    target: line.target,
    realised: line.target,
    motivation: null,
    motivationAccepted: null,
  }));
