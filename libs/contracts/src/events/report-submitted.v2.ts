import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBoolean,
  IsISO8601,
  IsInt,
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

export class ReportedResultV2 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  /** The running total achieved so far; null is a deliberate nil return, which differs from 0. */
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) achieved: number | null;
  /** Why an indicator is below target (required on an annual report below target); null when none was given. */
  @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(4000) motivation: string | null;
}

/** A government submitted (a new version of) its report for a reporting period. */
export class ReportSubmittedV2 {
  @IsUUID() reportId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  /** A correction is a higher version that replaces the earlier one in every figure. */
  @IsInt() @Min(1) reportVersion: number;
  /** Programme time of the submission. */
  @IsISO8601() submittedAt: string;
  /** The period's due date (catalogue), and whether the report came after it (accepted, marked late). */
  @IsISO8601({ strict: true }) due: string;
  @IsBoolean() late: boolean;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ReportedResultV2) @ArrayMinSize(1) results: ReportedResultV2[];
}

export const reportSubmittedV2 = defineEvent({
  type: 'reporting.report-submitted',
  version: 2,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description:
    'A government submitted (a new version of) its result report for a reporting period: running totals per approved ' +
    'indicator (null for a nil return), motivations, and whether it came after the due date.',
  payloadClass: ReportSubmittedV2,
  example: {
    reportId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    governmentCode: '44021',
    projectYear: 1,
    periodCode: 'PJ1-INTERIM',
    reportVersion: 1,
    submittedAt: '2023-04-10T09:30:00.000Z',
    due: '2023-04-15',
    late: false,
    results: [{ indicatorCode: 'A05', achieved: 600, motivation: null }],
  },
});
