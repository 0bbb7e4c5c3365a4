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

export class IndicatorStatusChangedV1 {
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  @IsIn(INDICATOR_STATUSES) previousStatus: IndicatorStatus;
  @IsIn(INDICATOR_STATUSES) status: IndicatorStatus;
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) achieved: number | null;
  @IsInt() @Min(0) target: number;
  /** What the government should have reached by the end of the period. */
  @IsNumber() @Min(0) expected: number;
}

export const indicatorStatusChangedV1 = defineEvent({
  type: 'reporting.indicator-status-changed',
  version: 1,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description: 'The target check moved a government x indicator to another status (not reported, lagging, at risk, on track, achieved).',
  payloadClass: IndicatorStatusChangedV1,
  example: {
    governmentCode: '44021',
    indicatorCode: 'A05',
    projectYear: 1,
    periodCode: 'PJ1-INTERIM',
    previousStatus: 'not-reported',
    status: 'lagging',
    achieved: 600,
    target: 2000,
    expected: 1000,
  },
});
