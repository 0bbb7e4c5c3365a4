import { findIndicator } from '#catalogue';
import type {
  CofinancingShortfallFlaggedV1,
  PaymentReleasedV1,
  RecoveryDecidedV1,
  RecoveryProposedV1,
  TargetsCommittedV3,
} from '#contracts';
import { actionName } from './network-notice-context.js';

/** What a government is told about its money (budgeting's events), kept as JSON while its contacts are not known. */
export type MoneyNoticeFacts =
  | { kind: 'subsidy-awarded'; award: TargetsCommittedV3 }
  | { kind: 'payment-released'; payment: PaymentReleasedV1 }
  | { kind: 'cofinancing-shortfall'; shortfall: CofinancingShortfallFlaggedV1 }
  | { kind: 'recovery-proposed'; recovery: RecoveryProposedV1 }
  | { kind: 'recovery-confirmed'; decision: RecoveryDecidedV1 };

const formatCount = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Euro cents as a Dutch amount, exactly (never through a float): 3600000 -> 'EUR 36.000,00'. */
export const formatEuro = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(cents) / 100);
  return `${sign}EUR ${formatCount(whole)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
};

/** "IBAN BE68 5390 0754 7034". */
const formatIban = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

const indicatorFacts = (indicatorCode: string) => {
  const indicator = findIndicator(indicatorCode);
  return {
    code: indicatorCode,
    unit: indicator?.unit ?? indicatorCode,
    action: indicator ? `${indicator.actionNumber}. ${indicator.actionName}` : indicatorCode,
  };
};

/** The variables of a message about a government's money. */
export const moneyNoticeContext = (facts: MoneyNoticeFacts, governmentName: string): Record<string, unknown> => {
  switch (facts.kind) {
    case 'subsidy-awarded': {
      const { award } = facts;
      return {
        governmentName,
        projectYear: award.projectYear,
        isAmendment: award.revision > 1,
        revision: award.revision,
        amendmentReason: award.amendmentReason ?? '',
        hasAmendmentReason: award.amendmentReason !== null,
        isGroupLead: award.groupCode !== null,
        total: formatEuro(award.totalCents),
        targets: award.targets.map((target) => ({
          indicator: indicatorFacts(target.indicatorCode),
          currentReach: formatCount(target.currentReach),
          approvedAdditionalReach: formatCount(target.approvedAdditionalReach),
          target: formatCount(target.target),
          amount: formatEuro(target.amountCents),
        })),
        mentorships: award.mentorships.map((mentorship) => ({
          action: actionName(mentorship.actionNumber),
          amount: formatEuro(mentorship.amountCents),
        })),
        hasMentorships: award.mentorships.length > 0,
      };
    }
    case 'payment-released': {
      const { payment } = facts;
      return {
        governmentName,
        projectYear: payment.projectYear,
        label: payment.label,
        amount: formatEuro(payment.amountCents),
        iban: formatIban(payment.iban),
        paid: formatEuro(payment.paidCents),
        committed: formatEuro(payment.committedCents),
        remaining: formatEuro(payment.committedCents - payment.paidCents),
        isPaidInFull: payment.paidCents >= payment.committedCents,
      };
    }
    case 'cofinancing-shortfall': {
      const { shortfall } = facts;
      return {
        governmentName,
        projectYear: shortfall.projectYear,
        obligation: formatEuro(shortfall.obligationCents),
        declared: formatEuro(shortfall.declaredCents),
        shortfall: formatEuro(shortfall.shortfallCents),
      };
    }
    case 'recovery-proposed': {
      const { recovery } = facts;
      return {
        governmentName,
        projectYear: recovery.projectYear,
        indicator: indicatorFacts(recovery.indicatorCode),
        subsidy: formatEuro(recovery.subsidyCents),
        approved: formatCount(recovery.approvedAdditionalReach),
        achieved: formatCount(recovery.achievedAdditionalReach),
        target: formatCount(recovery.target),
        realised: formatCount(recovery.realised),
        proposed: formatEuro(recovery.proposedCents),
        isCapped: recovery.proposedCents < recovery.ruleCents,
        rule: formatEuro(recovery.ruleCents),
      };
    }
    case 'recovery-confirmed': {
      const { decision } = facts;
      return {
        governmentName,
        projectYear: decision.projectYear,
        indicator: indicatorFacts(decision.indicatorCode),
        proposed: formatEuro(decision.proposedCents),
        recovered: formatEuro(decision.recoveredCents),
        isLower: decision.recoveredCents < decision.proposedCents,
        reason: decision.reason ?? '',
        hasReason: decision.reason !== null,
      };
    }
  }
};
