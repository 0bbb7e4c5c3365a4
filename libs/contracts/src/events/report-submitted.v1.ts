import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsISO8601,
  IsInt,
  IsObject,
  IsOptional,
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

export class ReportedResultV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  /** null is a deliberate "nil" report, which differs from 0. */
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) achieved: number | null;
  @IsOptional() @IsString() @MaxLength(4000) motivation?: string;
}

export class ReportSubmittedV1 {
  @IsUUID() reportId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  /** A correction is a higher version that replaces the earlier one in every figure. */
  @IsInt() @Min(1) reportVersion: number;
  @IsISO8601() submittedAt: string;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ReportedResultV1) @ArrayMinSize(1) results: ReportedResultV1[];
}

export const reportSubmittedV1 = defineEvent({
  type: 'reporting.report-submitted',
  version: 1,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description: 'A government submitted (a new version of) its result report for a reporting period.',
  payloadClass: ReportSubmittedV1,
  example: {
    reportId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    governmentCode: '44021',
    projectYear: 1,
    periodCode: 'PJ1-INTERIM',
    reportVersion: 1,
    submittedAt: '2023-04-10T09:30:00.000Z',
    results: [{ indicatorCode: 'A05', achieved: 600 }],
  },
});
