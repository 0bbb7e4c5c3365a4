import { IsInt, IsISO8601, IsUUID, Matches, Max, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';

/** After an accepted annual report, budgeting proposes to recover the unmet share of a line's subsidy. */
export class RecoveryProposedV1 {
  @IsUUID() recoveryId: string;
  /** The government that received the money (the lead of a group). */
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsUUID() reportId: string;
  @IsInt() @Min(0) subsidyCents: number;
  @IsInt() @Min(0) approvedAdditionalReach: number;
  /** realised - current reach, at least 0. */
  @IsInt() @Min(0) achievedAdditionalReach: number;
  @IsInt() @Min(0) target: number;
  @IsInt() @Min(0) realised: number;
  /** subsidy x (1 - achieved / approved additional reach), floored to the cent. */
  @IsInt() @Min(0) ruleCents: number;
  /** ruleCents, but never above what was paid and not yet recovered. */
  @IsInt() @Min(1) proposedCents: number;
  @IsISO8601() proposedAt: string;
}

export const recoveryProposedV1 = defineEvent({
  type: 'budgeting.recovery-proposed',
  version: 1,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description:
    'After ABB accepted an annual report, an indicator below target without an accepted motivation: budgeting proposes to ' +
    "recover the unmet share of that line's subsidy (never negative, never above what was paid). ABB confirms or waives it.",
  payloadClass: RecoveryProposedV1,
  example: {
    recoveryId: '8d3e2f1a-6b5c-4d7e-9f8a-0b1c2d3e4f5a',
    governmentCode: '44021',
    projectYear: 1,
    indicatorCode: 'A05',
    reportId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    subsidyCents: 9000000,
    approvedAdditionalReach: 1500,
    achievedAdditionalReach: 900,
    target: 2000,
    realised: 1400,
    ruleCents: 3600000,
    proposedCents: 3600000,
    proposedAt: '2024-01-20T10:00:01.000Z',
  },
});
