import { IsISO8601, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/**
 * A granted mentorship opened a new learning network, with the mentor as its manager. Published once per network:
 * a redelivered decision or a later amendment that grants the same mentorship opens nothing and announces nothing.
 */
export class NetworkOpenedV1 {
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  /**
   * The mentorship that opened it: there is no mentorship register yet, so it is named after the application whose
   * decision granted it and the action (`mentorship-<applicationId>-A22`), the same grant always giving the same id.
   */
  @IsString() @MinLength(1) @MaxLength(100) mentorshipId: string;
  /** The application whose decision granted the mentorship. */
  @IsUUID() applicationId: string;
  @IsUUID() decisionId: string;
  /** The mentor government: the application's government, manager of the network. */
  @Matches(GOVERNMENT_CODE_PATTERN) mentorGovernmentCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** The mentorship's stimulus as granted (EUR 10,000 is 1,000,000), integer cents. */
  @IsInt() @Min(0) amountCents: number;
  /** Programme time of the opening. */
  @IsISO8601() openedAt: string;
}

export const networkOpenedV1 = defineEvent({
  type: 'mentorships.network-opened',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  /** In order with the network's later facts (network-members-changed). */
  keyField: 'networkId',
  description: 'A granted mentorship opened a new learning network on its action and project year, run by the mentor government.',
  payloadClass: NetworkOpenedV1,
  example: {
    networkId: 'network-12025-A22-PJ1',
    mentorshipId: 'mentorship-0f8fad5b-d9cb-469f-a165-70867728950e-A22',
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    decisionId: '3c1f5e2a-8b7d-4c6e-9f0a-1b2c3d4e5f60',
    mentorGovernmentCode: '12025',
    actionNumber: 22,
    projectYear: 1,
    amountCents: 1000000,
    openedAt: '2023-01-16T08:00:00.000Z',
  },
});
