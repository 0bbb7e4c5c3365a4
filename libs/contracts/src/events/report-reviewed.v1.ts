import { Type } from 'class-transformer';
import {
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
  MinLength,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN, PERIOD_CODE_PATTERN } from './common.js';

export class ReviewCommentV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsString() @MinLength(1) @MaxLength(4000) comment: string;
}

/** ABB reviewed a report version: accepted it, or asked for changes with a comment per indicator. */
export class ReportReviewedV1 {
  @IsUUID() reportId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  @IsInt() @Min(1) reportVersion: number;
  @IsIn(['accepted', 'changes-requested']) outcome: 'accepted' | 'changes-requested';
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ReviewCommentV1) comments: ReviewCommentV1[];
  @IsISO8601() reviewedAt: string;
}

export const reportReviewedV1 = defineEvent({
  type: 'reporting.report-reviewed',
  version: 1,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description: 'ABB reviewed a report version: accepted, or changes requested with a comment per indicator.',
  payloadClass: ReportReviewedV1,
  example: {
    reportId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    governmentCode: '44021',
    projectYear: 1,
    periodCode: 'PJ1-INTERIM',
    reportVersion: 1,
    outcome: 'changes-requested',
    comments: [{ indicatorCode: 'A05', comment: 'Graag de telling per lessenreeks toelichten.' }],
    reviewedAt: '2023-04-20T10:00:00.000Z',
  },
});
