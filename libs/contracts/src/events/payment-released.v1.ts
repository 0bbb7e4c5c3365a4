import { IsInt, IsISO8601, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** ABB released a due payment: booked in the ledger as a transfer to the application's IBAN. */
export class PaymentReleasedV1 {
  @IsUUID() paymentId: string;
  @IsUUID() applicationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsInt() @Min(1) instalment: number;
  @IsString() @MaxLength(80) label: string;
  @IsInt() @Min(1) amountCents: number;
  @Matches(/^BE[0-9]{14}$/) iban: string;
  /** What the government has been paid in the project year, this payment included; never above committedCents. */
  @IsInt() @Min(0) paidCents: number;
  @IsInt() @Min(0) committedCents: number;
  @IsISO8601() releasedAt: string;
}

export const paymentReleasedV1 = defineEvent({
  type: 'budgeting.payment-released',
  version: 1,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description:
    "ABB released a due payment to the application's IBAN (booked in the ledger), once. Carries what the government has been " +
    'paid in the project year and what it was committed.',
  payloadClass: PaymentReleasedV1,
  example: {
    paymentId: '2a7c4e1b-9d3f-4a6b-8c5e-1f0a9b8c7d6e',
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    governmentCode: '44021',
    projectYear: 1,
    instalment: 1,
    label: 'voorschot',
    amountCents: 5000000,
    iban: 'BE68539007547034',
    paidCents: 5000000,
    committedCents: 10000000,
    releasedAt: '2022-09-20T10:00:00.000Z',
  },
});
