import { IsInt, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN, PERIOD_CODE_PATTERN } from './common.js';

export class MemberProgressRecordedV1 {
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsString() networkId: string;
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) achieved: number | null;
}

export const memberProgressRecordedV1 = defineEvent({
  type: 'mentorships.member-progress-recorded',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  description: "A learning network member's reported result on the network's action was recorded.",
  payloadClass: MemberProgressRecordedV1,
  example: {
    governmentCode: '44021',
    networkId: 'demo-network-A05',
    indicatorCode: 'A05',
    projectYear: 1,
    periodCode: 'PJ1-INTERIM',
    achieved: 600,
  },
});
