import { IsISO8601, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** A mentor (or ABB) invited a government into a learning network; the government accepts or declines it. */
export class MemberInvitedV1 {
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) mentorGovernmentCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** The invited government: the recipient of the invitation. */
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  /** Programme time of the invitation. */
  @IsISO8601() invitedAt: string;
}

export const memberInvitedV1 = defineEvent({
  type: 'mentorships.member-invited',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  description: 'A government was invited into a learning network (it accepts or declines; joining shows in network-members-changed).',
  payloadClass: MemberInvitedV1,
  example: {
    networkId: 'network-12025-A22-PJ1',
    mentorGovernmentCode: '12025',
    actionNumber: 22,
    projectYear: 1,
    governmentCode: '44021',
    invitedAt: '2023-01-20T09:00:00.000Z',
  },
});
