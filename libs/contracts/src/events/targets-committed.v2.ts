import { Type } from 'class-transformer';
import { ArrayMinSize, IsInt, IsObject, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';

/** One decided line, priced as the decision priced it: consumers never price it again from their own catalogue. */
export class DecidedLineV2 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(0) currentReach: number;
  @IsInt() @Min(0) approvedAdditionalReach: number;
  /** current reach + approved additional reach: what the government reports its total against. */
  @IsInt() @Min(0) target: number;
  /** The part of the approved reach that is paid for: never above the cap one applicant may receive. */
  @IsInt() @Min(0) subsidisedReach: number;
  @IsInt() @Min(0) eurPerKpi: number;
  /** subsidised reach x euro per KPI. */
  @IsInt() @Min(0) amountEur: number;
}

export class TargetsCommittedV2 {
  @IsUUID() applicationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** The catalogue the decision was priced under. */
  @IsString() @MinLength(1) @MaxLength(80) catalogueVersion: string;
  /** The sum of the lines' amounts. */
  @IsInt() @Min(0) amountEur: number;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => DecidedLineV2) @ArrayMinSize(1) targets: DecidedLineV2[];
}

export const targetsCommittedV2 = defineEvent({
  type: 'applications.targets-committed',
  version: 2,
  topic: TOPICS.applications,
  producer: 'applications',
  description:
    'ABB decided an application: these targets per indicator are now what the government committed to, ' +
    'with the subsidy per line as the decision priced it and the catalogue version it was priced under.',
  payloadClass: TargetsCommittedV2,
  example: {
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    governmentCode: '44021',
    projectYear: 1,
    catalogueVersion: 'sha256-3f1c2a9b7d10',
    amountEur: 90000,
    targets: [
      {
        indicatorCode: 'A05',
        currentReach: 500,
        approvedAdditionalReach: 1500,
        target: 2000,
        subsidisedReach: 1500,
        eurPerKpi: 60,
        amountEur: 90000,
      },
    ],
  },
});
