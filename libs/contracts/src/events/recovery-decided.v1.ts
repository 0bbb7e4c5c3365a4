import { IsIn, IsInt, IsISO8601, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';

/** ABB confirmed a proposed recovery (fully or a lower amount, with a reason) or waived it. */
export class RecoveryDecidedV1 {
  @IsUUID() recoveryId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsIn(['confirmed', 'waived']) outcome: 'confirmed' | 'waived';
  @IsInt() @Min(0) proposedCents: number;
  /** What is charged to the government; 0 when waived. */
  @IsInt() @Min(0) recoveredCents: number;
  /** Required for a lower amount or a waiver. */
  @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(2000) reason: string | null;
  @IsISO8601() decidedAt: string;
}

export const recoveryDecidedV1 = defineEvent({
  type: 'budgeting.recovery-decided',
  version: 1,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description:
    'ABB confirmed a proposed recovery, fully or a lower amount with a reason (charged to the government that received the ' +
    'money and booked in the ledger), or waived it with a reason.',
  payloadClass: RecoveryDecidedV1,
  example: {
    recoveryId: '8d3e2f1a-6b5c-4d7e-9f8a-0b1c2d3e4f5a',
    governmentCode: '44021',
    projectYear: 1,
    indicatorCode: 'A05',
    outcome: 'confirmed',
    proposedCents: 3600000,
    recoveredCents: 3000000,
    reason: 'Een deel van de uitval is te wijten aan de verbouwing.',
    decidedAt: '2024-02-01T09:00:00.000Z',
  },
});
