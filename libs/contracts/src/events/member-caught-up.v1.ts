import { IsIn, IsISO8601, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_STATUSES, type IndicatorStatus } from './common.js';

/** A member that joined a learning network lagging or at risk on its action is on track or achieved there now. */
export class MemberCaughtUpV1 {
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) mentorGovernmentCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  /** lagging or at-risk. */
  @IsIn(INDICATOR_STATUSES) statusAtJoin: IndicatorStatus;
  /** on-track or achieved. */
  @IsIn(INDICATOR_STATUSES) status: IndicatorStatus;
  /** Programme time at which mentorships learnt it. */
  @IsISO8601() caughtUpAt: string;
}

export const memberCaughtUpV1 = defineEvent({
  type: 'mentorships.member-caught-up',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  description: 'A learning network member that joined lagging or at risk on the action is now on track or achieved (once per membership).',
  payloadClass: MemberCaughtUpV1,
  example: {
    networkId: 'network-12025-A22-PJ1',
    mentorGovernmentCode: '12025',
    actionNumber: 22,
    projectYear: 1,
    governmentCode: '44021',
    statusAtJoin: 'lagging',
    status: 'on-track',
    caughtUpAt: '2023-09-02T10:00:00.000Z',
  },
});
