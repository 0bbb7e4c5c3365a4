import { IsIn, IsInt, IsISO8601, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

export const PAYMENT_CONDITIONS = ['decision', 'annual-report-accepted'] as const;
export type PaymentCondition = (typeof PAYMENT_CONDITIONS)[number];

/** An instalment of a government's payment schedule became due: its condition is met; ABB may release it. */
export class PaymentDueV1 {
  @IsUUID() paymentId: string;
  @IsUUID() applicationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsInt() @Min(1) instalment: number;
  @IsString() @MaxLength(80) label: string;
  @IsIn(PAYMENT_CONDITIONS) condition: PaymentCondition;
  @IsInt() @Min(0) amountCents: number;
  @IsISO8601() dueAt: string;
}

export const paymentDueV1 = defineEvent({
  type: 'budgeting.payment-due',
  version: 1,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description:
    "An instalment of a government's payment schedule became due because its condition was met (the decision, or ABB " +
    'accepting the annual report); ABB may now release it.',
  payloadClass: PaymentDueV1,
  example: {
    paymentId: '2a7c4e1b-9d3f-4a6b-8c5e-1f0a9b8c7d6e',
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    governmentCode: '44021',
    projectYear: 1,
    instalment: 1,
    label: 'voorschot',
    condition: 'decision',
    amountCents: 5000000,
    dueAt: '2022-09-15T09:00:01.000Z',
  },
});
