import { IsIn, IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN, PERIOD_CODE_PATTERN } from './common.js';

export const REMINDER_DAYS_BEFORE = [14, 3] as const;
export type ReminderDaysBefore = (typeof REMINDER_DAYS_BEFORE)[number];

/** A government that has not reported yet is to be reminded: its due date is 14 or 3 days away. */
export class ReportReminderDueV1 {
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @Matches(PERIOD_CODE_PATTERN) periodCode: string;
  @IsISO8601({ strict: true }) due: string;
  @IsIn(REMINDER_DAYS_BEFORE) daysBefore: ReminderDaysBefore;
  /** Programme time of the reminder moment. */
  @IsISO8601() remindAt: string;
}

export const reportReminderDueV1 = defineEvent({
  type: 'reporting.report-reminder-due',
  version: 1,
  topic: TOPICS.reporting,
  producer: 'reporting',
  description: 'A reminder moment (14 or 3 days before a due date) came for a government that has not reported yet.',
  payloadClass: ReportReminderDueV1,
  example: {
    governmentCode: '11002',
    projectYear: 1,
    periodCode: 'PJ1-INTERIM',
    due: '2023-04-15',
    daysBefore: 14,
    remindAt: '2023-04-01T00:00:00.000Z',
  },
});
