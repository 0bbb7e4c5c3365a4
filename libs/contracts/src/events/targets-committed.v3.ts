import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from './common.js';

export class CommittedTargetV3 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(0) currentReach: number;
  @IsInt() @Min(0) approvedAdditionalReach: number;
  /** current reach + approved additional reach: what the government reports its total against. */
  @IsInt() @Min(0) target: number;
  @IsInt() @Min(0) eurPerKpi: number;
  @IsInt() @Min(0) amountCents: number;
}

export class GrantedMentorshipV3 {
  /** The mentor is the application's government; it runs a learning network on this action. */
  @IsInt() @Min(1) @Max(24) actionNumber: number;
  @IsInt() @Min(0) amountCents: number;
}

/**
 * The targets a government is now committed to, for one application. Published once budgeting has committed
 * the decision (revision 1) or an accepted amendment (revision > 1, which replaces every target of the previous one).
 */
export class TargetsCommittedV3 {
  @IsUUID() applicationId: string;
  @IsUUID() decisionId: string;
  @IsInt() @Min(1) revision: number;
  /** The government that reports (for a group: its lead). */
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @ValidateIf((_, value) => value !== null) @Matches(GOVERNMENT_CODE_PATTERN) groupCode: string | null;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsString() @MinLength(1) @MaxLength(80) catalogueVersion: string;
  @IsInt() @Min(0) totalCents: number;
  /** Lines with approved additional reach 0 (rejected) are left out. */
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => CommittedTargetV3) @ArrayMinSize(1) targets: CommittedTargetV3[];
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => GrantedMentorshipV3) mentorships: GrantedMentorshipV3[];
  /** The amendment's reason for revision > 1; null for the decision. */
  @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(2000) amendmentReason: string | null;
}

export const targetsCommittedV3 = defineEvent({
  type: 'applications.targets-committed',
  version: 3,
  topic: TOPICS.applications,
  producer: 'applications',
  description:
    'A decision (revision 1) or an accepted amendment (revision > 1) is final, its budget committed: these are the targets ' +
    'the government reports against, and the mentorships it was granted. A later revision replaces the earlier one whole.',
  payloadClass: TargetsCommittedV3,
  example: {
    applicationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    decisionId: '3c1f5e2a-8b7d-4c6e-9f0a-1b2c3d4e5f60',
    revision: 1,
    governmentCode: '44021',
    groupCode: null,
    projectYear: 1,
    catalogueVersion: 'sha256-3f1c2a9b7d10',
    totalCents: 10000000,
    targets: [
      { indicatorCode: 'A05', currentReach: 500, approvedAdditionalReach: 1500, target: 2000, eurPerKpi: 60, amountCents: 9000000 },
    ],
    mentorships: [{ actionNumber: 5, amountCents: 1000000 }],
    amendmentReason: null,
  },
});
