import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNumber, IsObject, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN, PERIOD_CODE_PATTERN } from './common.js';
import { STATUS_CAUSES, type StatusCause } from './indicator-status-changed.v2.js';

export class IndicatorBehindV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) achieved: number | null;
  @IsInt() @Min(0) target: number;
  @IsNumber() @Min(0) expected: number;
}

/**
 * After a target check changed any status of a government in a period: its indicators that are lagging, at risk and
 * not reported, in one fact, so a signal to the government can name them all at once.
 */
export class PeriodStatusSummarisedV1 {
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  @IsIn(STATUS_CAUSES) cause: StatusCause;
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(1) reportVersion: number | null;
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => IndicatorBehindV1) lagging: IndicatorBehindV1[];
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => IndicatorBehindV1) atRisk: IndicatorBehindV1[];
  @Matches(INDICATOR_CODE_PATTERN, { each: true }) notReported: string[];
  /** How many approved indicators the government has in the year. */
  @IsInt() @Min(0) indicatorCount: number;
  @IsISO8601() checkedAt: string;
}

export const periodStatusSummarisedV1 = defineEvent({
  type: 'reporting.period-status-summarised',
  version: 1,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description:
    'One summary per government and period after a target check changed a status: which indicators are lagging, at risk ' +
    'and not reported.',
  payloadClass: PeriodStatusSummarisedV1,
  example: {
    governmentCode: '44021',
    projectYear: 1,
    periodCode: 'PJ1-INTERIM',
    cause: 'report',
    reportVersion: 1,
    lagging: [{ indicatorCode: 'A05', achieved: 600, target: 2000, expected: 997.26 }],
    atRisk: [],
    notReported: [],
    indicatorCount: 2,
    checkedAt: '2023-04-10T09:30:01.000Z',
  },
});
