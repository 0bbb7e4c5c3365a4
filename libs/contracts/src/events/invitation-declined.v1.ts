import { IsISO8601, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/**
 * A government declined its invitation into a learning network. Keyed like member-invited (by the government), so a
 * consumer sees the invitation before its decline. The member list does not change: no network-members-changed.
 */
export class InvitationDeclinedV1 {
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) mentorGovernmentCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** The government that declined. */
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  /** Programme time of the decline. */
  @IsISO8601() declinedAt: string;
}

export const invitationDeclinedV1 = defineEvent({
  type: 'mentorships.invitation-declined',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  description: 'A government declined its invitation into a learning network; it can be invited again later.',
  payloadClass: InvitationDeclinedV1,
  example: {
    networkId: 'network-12025-A22-PJ1',
    mentorGovernmentCode: '12025',
    actionNumber: 22,
    projectYear: 1,
    governmentCode: '11002',
    declinedAt: '2023-01-24T14:30:00.000Z',
  },
});
