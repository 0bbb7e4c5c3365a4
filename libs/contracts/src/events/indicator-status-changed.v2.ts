import { IsIn, IsInt, IsNumber, Matches, Max, Min, ValidateIf } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import {
  GOVERNMENT_CODE_PATTERN,
  INDICATOR_CODE_PATTERN,
  INDICATOR_STATUSES,
  PERIOD_CODE_PATTERN,
  type IndicatorStatus,
} from './common.js';

export const STATUS_CAUSES = ['report', 'due-date', 'target-changed', 'motivation-accepted'] as const;
export type StatusCause = (typeof STATUS_CAUSES)[number];

/**
 * The target check as the programme defines it moved a government x indicator to another status: not-reported (due
 * date passed without a report), at-risk (interim value below 25% of the target: year-3 continuation needs a
 * motivation), lagging (below the tolerance of what was expected by the period end), on-track, achieved.
 */
export class IndicatorStatusChangedV2 {
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  @IsIn(INDICATOR_STATUSES) previousStatus: IndicatorStatus;
  @IsIn(INDICATOR_STATUSES) status: IndicatorStatus;
  /** The reported running total; null for a nil return or no report. */
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) achieved: number | null;
  @IsInt() @Min(0) target: number;
  /** What the government should have reached by the end of the period (target x share of the year elapsed). */
  @IsNumber() @Min(0) expected: number;
  /** The share of `expected` below which an indicator is lagging (default 0.8). */
  @IsNumber() @Min(0) @Max(1) tolerance: number;
  @IsIn(STATUS_CAUSES) cause: StatusCause;
  /** The report version the check used; null when no report exists. */
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(1) reportVersion: number | null;
}

export const indicatorStatusChangedV2 = defineEvent({
  type: 'reporting.indicator-status-changed',
  version: 2,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description:
    'The target check moved a government x indicator to another status (not-reported, at-risk, lagging, on-track, ' +
    'achieved; at-risk wins over lagging). v1 meant "slightly behind" by at-risk; v2 follows the programme.',
  payloadClass: IndicatorStatusChangedV2,
  example: {
    governmentCode: '44021',
    indicatorCode: 'A05',
    projectYear: 1,
    periodCode: 'PJ1-INTERIM',
    previousStatus: 'not-reported',
    status: 'lagging',
    achieved: 600,
    target: 2000,
    expected: 997.26,
    tolerance: 0.8,
    cause: 'report',
    reportVersion: 1,
  },
});
