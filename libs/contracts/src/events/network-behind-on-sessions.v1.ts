import { IsInt, IsISO8601, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** At the check moment of its project year a learning network had fewer sessions than the minimum (once per network). */
export class NetworkBehindOnSessionsV1 {
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  /** The mentor, told with ABB. */
  @Matches(GOVERNMENT_CODE_PATTERN) mentorGovernmentCode: string;
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsInt() @Min(1) minimumSessions: number;
  /** Sessions held or planned, not cancelled. */
  @IsInt() @Min(0) sessions: number;
  /** The check moment on the programme clock. */
  @IsISO8601() checkedAt: string;
  /** The end of the project year: the sessions still missing must be held before it. */
  @IsISO8601({ strict: true }) projectYearEnd: string;
}

export const networkBehindOnSessionsV1 = defineEvent({
  type: 'mentorships.network-behind-on-sessions',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  keyField: 'networkId',
  description: 'A learning network had fewer sessions than the minimum at the check moment of its project year (1 July for PJ1).',
  payloadClass: NetworkBehindOnSessionsV1,
  example: {
    networkId: 'network-12025-A22-PJ1',
    mentorGovernmentCode: '12025',
    actionNumber: 22,
    projectYear: 1,
    minimumSessions: 3,
    sessions: 1,
    checkedAt: '2023-07-01T00:00:00.000Z',
    projectYearEnd: '2023-09-30',
  },
});
