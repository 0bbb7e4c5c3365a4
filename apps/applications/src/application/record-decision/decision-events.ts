import { stimulusAmounts } from '#catalogue';
import type { ApplicationDecidedV1, TargetsCommittedV3 } from '#contracts';
import type { Application } from '../../domain/application.js';
import type { ApplicationDecision } from '../../domain/application-decision.js';
import type { StimulusAmounts } from '../../domain/decision-review.js';

/** A granted mentorship or cooperation, from the catalogue's stimuli (EUR 10,000 each, no co-financing). */
export const STIMULUS_AMOUNTS: StimulusAmounts = stimulusAmounts();

/** What budgeting needs to commit a decision revision: the application's identity and IBAN, the granted stimuli only. */
export const applicationDecided = (application: Application, decision: ApplicationDecision): ApplicationDecidedV1 => ({
  decisionId: decision.id,
  applicationId: application.id,
  revision: decision.revision,
  amendmentId: decision.amendmentId,
  callId: application.callId,
  governmentCode: application.governmentCode,
  groupCode: application.groupCode,
  memberCodes: application.memberCodes,
  projectYear: application.projectYear,
  catalogueVersion: application.catalogueVersion,
  iban: application.iban ?? '',
  lines: decision.lines.map((line) => ({ ...line })),
  stimuli: decision.stimuli
    .filter((stimulus) => stimulus.granted)
    .map(({ kind, actionNumber, partnerCode, amountCents }) => ({ kind, actionNumber, partnerCode, amountCents })),
  linesCents: decision.linesCents,
  stimuliCents: decision.stimuliCents,
  totalCents: decision.totalCents,
  decidedAt: decision.decidedAt.toISOString(),
});

/**
 * The targets of a committed revision: the lines with approved additional reach (a rejected line has no target),
 * and the granted mentorships; null when nothing is left to report against.
 */
export const targetsCommitted = (
  application: Application,
  decision: ApplicationDecision,
  amendmentReason: string | null,
): TargetsCommittedV3 | null => {
  const targets = decision.lines
    .filter((line) => line.approvedAdditionalReach > 0)
    .map(({ indicatorCode, currentReach, approvedAdditionalReach, target, eurPerKpi, amountCents }) => ({
      indicatorCode,
      currentReach,
      approvedAdditionalReach,
      target,
      eurPerKpi,
      amountCents,
    }));
  if (targets.length === 0) return null;
  return {
    applicationId: application.id,
    decisionId: decision.id,
    revision: decision.revision,
    governmentCode: application.governmentCode,
    groupCode: application.groupCode,
    projectYear: application.projectYear,
    catalogueVersion: application.catalogueVersion,
    totalCents: decision.totalCents,
    targets,
    mentorships: decision.stimuli.flatMap((stimulus) =>
      stimulus.granted && stimulus.kind === 'mentorship' && stimulus.actionNumber !== null
        ? [{ actionNumber: stimulus.actionNumber, amountCents: stimulus.amountCents }]
        : [],
    ),
    amendmentReason,
  };
};
