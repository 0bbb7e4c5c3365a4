import { randomUUID } from 'node:crypto';
import type { ApplicationDecidedV1, ApplicationSubmittedV1, CallClosedV1 } from '#contracts';

const EUR = 100;

/** An application as applications announces its submission (application-submitted v1), priced at the given rates. */
export const testSubmission = (
  callId: string,
  governmentCode: string,
  lines: { indicatorCode: string; additionalReach: number; priority: number | null; eurPerKpi?: number }[],
  options: { submittedAt?: string; mentorshipOn?: number } = {},
): ApplicationSubmittedV1 => {
  const priced = lines.map(({ indicatorCode, additionalReach, priority, eurPerKpi = 60 }) => ({
    indicatorCode,
    actionNumber: Number(indicatorCode.slice(1, 3)),
    currentReach: 100,
    additionalReach,
    priority,
    eurPerKpi,
    requestedCents: additionalReach * eurPerKpi * EUR,
  }));
  return {
    applicationId: randomUUID(),
    callId,
    projectYear: 1,
    governmentCode,
    groupCode: null,
    memberCodes: [governmentCode],
    catalogueVersion: 'sha256-test00000000',
    lines: priced,
    stimuli: {
      mentorships: options.mentorshipOn === undefined ? [] : [{ actionNumber: options.mentorshipOn, motivation: 'Ervaring delen' }],
      cooperation: null,
      socialImpactBond: { intended: false, text: '' },
    },
    requestedCents: priced.reduce((sum, line) => sum + line.requestedCents, 0),
    submittedAt: options.submittedAt ?? '2022-07-01T10:00:00.000Z',
  };
};

/** A closed call listing the given submissions (call-closed v1). */
export const testCallClosed = (callId: string, submitted: ApplicationSubmittedV1[]): CallClosedV1 => ({
  callId,
  projectYear: 1,
  closedAt: '2022-07-15T22:00:00.000Z',
  closedBy: 'abb',
  submittedApplicationIds: submitted.map((application) => application.applicationId),
});

/**
 * A decision revision as applications announces it (application-decided v1): lines at EUR 100 per KPI, each amount
 * a whole number of KPI, the totals adding up.
 */
export const testDecided = (
  governmentCode: string,
  lineCents: number[],
  options: { applicationId?: string; revision?: number; stimuliCents?: number; projectYear?: number } = {},
): ApplicationDecidedV1 => {
  const lines = lineCents.map((amountCents, index) => ({
    indicatorCode: `A0${index + 5}`,
    currentReach: 0,
    requestedAdditionalReach: amountCents / (100 * EUR),
    approvedAdditionalReach: amountCents / (100 * EUR),
    target: amountCents / (100 * EUR),
    eurPerKpi: 100,
    amountCents,
    reason: null,
  }));
  const stimuliCents = options.stimuliCents ?? 0;
  const linesCents = lineCents.reduce((sum, amount) => sum + amount, 0);
  return {
    decisionId: randomUUID(),
    applicationId: options.applicationId ?? randomUUID(),
    revision: options.revision ?? 1,
    amendmentId: (options.revision ?? 1) > 1 ? randomUUID() : null,
    callId: randomUUID(),
    governmentCode,
    groupCode: null,
    memberCodes: [governmentCode],
    projectYear: options.projectYear ?? 1,
    catalogueVersion: 'sha256-test00000000',
    iban: 'BE68539007547034',
    lines,
    stimuli: stimuliCents > 0 ? [{ kind: 'mentorship', actionNumber: 5, partnerCode: null, amountCents: stimuliCents }] : [],
    linesCents,
    stimuliCents,
    totalCents: linesCents + stimuliCents,
    decidedAt: '2022-09-15T09:00:00.000Z',
  };
};
