import { Type } from 'class-transformer';
import { ArrayMinSize, IsInt, IsObject, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';

export class CommittedSubsidyLineV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(0) approvedAdditionalReach: number;
  @IsInt() @Min(0) eurPerKpi: number;
  @IsInt() @Min(0) amountEur: number;
}

export class SubsidyCommittedV1 {
  @IsUUID() applicationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsInt() @Min(0) amountEur: number;
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CommittedSubsidyLineV1)
  @ArrayMinSize(1)
  lines: CommittedSubsidyLineV1[];
}

export const subsidyCommittedV1 = defineEvent({
  type: 'budgeting.subsidy-committed',
  version: 1,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description: 'Budget was committed for a decided application: subsidy per line = approved additional KPI x euro per KPI.',
  payloadClass: SubsidyCommittedV1,
  example: {
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    governmentCode: '44021',
    projectYear: 1,
    amountEur: 90000,
    lines: [{ indicatorCode: 'A05', approvedAdditionalReach: 1500, eurPerKpi: 60, amountEur: 90000 }],
  },
});
