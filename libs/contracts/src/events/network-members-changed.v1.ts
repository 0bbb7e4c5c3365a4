import { IsInt, IsISO8601, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/**
 * The members of a learning network changed (joined, left, added or removed by ABB). Carries the whole member
 * list after the change, so a consumer keeps the latest list and needs no history (a redelivery changes nothing).
 */
export class NetworkMembersChangedV1 {
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) mentorGovernmentCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** Every member after the change, each once (the mentor is not a member of its own network). */
  @Matches(GOVERNMENT_CODE_PATTERN, { each: true }) memberCodes: string[];
  /** Increases with every change of this network's members: a consumer ignores a list older than the one it holds. */
  @IsInt() @Min(1) membershipVersion: number;
  @IsISO8601() changedAt: string;
}

export const networkMembersChangedV1 = defineEvent({
  type: 'mentorships.network-members-changed',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  /** All changes of one network stay in order. */
  keyField: 'networkId',
  description: "A learning network's members changed; the event lists every member after the change.",
  payloadClass: NetworkMembersChangedV1,
  example: {
    networkId: 'network-12025-A22-PJ1',
    mentorGovernmentCode: '12025',
    actionNumber: 22,
    projectYear: 1,
    memberCodes: ['11002', '44021'],
    membershipVersion: 3,
    changedAt: '2023-02-01T09:00:00.000Z',
  },
});
