import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN, PERIOD_CODE_PATTERN } from './common.js';
import { ReviewCommentV1 } from './report-reviewed.v1.js';

/** One indicator of the reviewed version, with the facts a consumer needs to judge it (budgeting's recovery). */
export class ReviewedLineV2 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(0) currentReach: number;
  @IsInt() @Min(0) approvedAdditionalReach: number;
  /** current reach + approved additional reach. */
  @IsInt() @Min(0) target: number;
  /** The running total the version reports; null for a nil return. */
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) realised: number | null;
  @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(4000) motivation: string | null;
  /** Whether ABB accepted the motivation; null when the version gives none. */
  @ValidateIf((_, value) => value !== null) @IsBoolean() motivationAccepted: boolean | null;
}

/**
 * ABB reviewed a report version: accepted it, or asked for changes with a comment per indicator. Carries every
 * indicator of the version with its target, realised total and whether its motivation was accepted, so that
 * budgeting can propose recovery after an accepted annual report without a copy of reporting's figures.
 */
export class ReportReviewedV2 {
  @IsUUID() reportId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  @IsIn(['interim', 'annual']) periodKind: 'interim' | 'annual';
  @IsInt() @Min(1) reportVersion: number;
  @IsIn(['accepted', 'changes-requested']) outcome: 'accepted' | 'changes-requested';
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ReviewedLineV2) lines: ReviewedLineV2[];
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ReviewCommentV1) comments: ReviewCommentV1[];
  @IsISO8601() reviewedAt: string;
}

export const reportReviewedV2 = defineEvent({
  type: 'reporting.report-reviewed',
  version: 2,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description:
    'ABB reviewed a report version: accepted, or changes requested with a comment per indicator. Lists every indicator ' +
    'of the version with target, realised total and whether ABB accepted its motivation.',
  payloadClass: ReportReviewedV2,
  example: {
    reportId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    governmentCode: '44021',
    projectYear: 1,
    periodCode: 'PJ1-ANNUAL',
    periodKind: 'annual',
    reportVersion: 2,
    outcome: 'accepted',
    lines: [
      {
        indicatorCode: 'A05',
        currentReach: 500,
        approvedAdditionalReach: 1500,
        target: 2000,
        realised: 1400,
        motivation: 'Twee lessenreeksen vielen weg door de verbouwing van het ontmoetingscentrum.',
        motivationAccepted: false,
      },
    ],
    comments: [],
    reviewedAt: '2024-01-20T10:00:00.000Z',
  },
});
