import { Type } from 'class-transformer';
import { ArrayMinSize, IsInt, IsObject, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';

export class CommittedTargetV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(0) currentReach: number;
  @IsInt() @Min(0) approvedAdditionalReach: number;
  /** current reach + approved additional reach: what the government reports its total against. */
  @IsInt() @Min(0) target: number;
}

export class TargetsCommittedV1 {
  @IsUUID() applicationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => CommittedTargetV1) @ArrayMinSize(1) targets: CommittedTargetV1[];
}

export const targetsCommittedV1 = defineEvent({
  type: 'applications.targets-committed',
  version: 1,
  topic: TOPICS.applications,
  producer: 'applications',
  description:
    'ABB decided an application: these targets per indicator are now what the government committed to. ' +
    'Superseded by version 2, which carries the priced lines; no longer published.',
  payloadClass: TargetsCommittedV1,
  example: {
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    governmentCode: '44021',
    projectYear: 1,
    targets: [{ indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500, target: 2000 }],
  },
});
