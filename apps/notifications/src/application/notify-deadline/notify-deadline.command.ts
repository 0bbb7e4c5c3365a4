import type { ReportReminderDueV1, ReturnOverdueV1 } from '#contracts';

export type NotifyDeadlineCommand =
  { causeEventId: string; reminder: ReportReminderDueV1 } | { causeEventId: string; overdue: ReturnOverdueV1 };
