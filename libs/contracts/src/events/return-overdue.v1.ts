import { IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, PERIOD_CODE_PATTERN } from './common.js';

/** The due date of an expected return passed without a report: the return is overdue (a late report is still accepted). */
export class ReturnOverdueV1 {
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  @IsISO8601({ strict: true }) due: string;
  /** Programme time at which the platform saw the due date pass. */
  @IsISO8601() overdueAt: string;
}

export const returnOverdueV1 = defineEvent({
  type: 'reporting.return-overdue',
  version: 1,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description: 'An expected return passed its due date without a report.',
  payloadClass: ReturnOverdueV1,
  example: { governmentCode: '11002', projectYear: 1, periodCode: 'PJ1-INTERIM', due: '2023-04-15', overdueAt: '2023-04-16T00:00:00.000Z' },
});
