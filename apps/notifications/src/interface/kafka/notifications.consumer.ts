import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  governmentRegisteredV2,
  governmentUpdatedV1,
  indicatorStatusChangedV2,
  periodStatusSummarisedV1,
  reportReminderDueV1,
  reportReviewedV1,
  reportReviewedV2,
  reportSubmittedV2,
  returnOverdueV1,
  type EventEnvelope,
  type GovernmentRegisteredV2,
  type GovernmentUpdatedV1,
  type IndicatorStatusChangedV2,
  type PeriodStatusSummarisedV1,
  type ReportReminderDueV1,
  type ReportReviewedV1,
  type ReportReviewedV2,
  type ReportSubmittedV2,
  type ReturnOverdueV1,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { NotifyDeadlineHandler } from '../../application/notify-deadline/notify-deadline.handler.js';
import { NotifyReviewHandler } from '../../application/notify-review/notify-review.handler.js';
import { RecordContactsHandler } from '../../application/record-contacts/record-contacts.handler.js';
import { RecordReportSubmissionHandler } from '../../application/record-report-submission/record-report-submission.handler.js';
import { RecordStatusChangeHandler } from '../../application/record-status-change/record-status-change.handler.js';
import { SignalPeriodStatusHandler } from '../../application/signal-period-status/signal-period-status.handler.js';

/**
 * indicator-status-changed v1 is no longer handled (its at-risk meant "slightly behind"): the group still reads the
 * reporting topic, so a v1 event is counted as ignored. Governments hear of lagging and at-risk indicators from the
 * period summary, which names them all at once; the v2 status change feeds ABB's digest.
 */
@Controller()
export class NotificationsConsumer {
  constructor(
    private readonly recordContacts: RecordContactsHandler,
    private readonly signalPeriodStatus: SignalPeriodStatusHandler,
    private readonly recordStatusChange: RecordStatusChangeHandler,
    private readonly notifyDeadline: NotifyDeadlineHandler,
    private readonly notifyReview: NotifyReviewHandler,
    private readonly recordReportSubmission: RecordReportSubmissionHandler,
  ) {}

  @HandlesEvent(governmentRegisteredV2)
  async onGovernmentRegistered(@Payload() event: EventEnvelope<GovernmentRegisteredV2>): Promise<void> {
    await this.recordContacts.execute(event.payload);
  }

  /** The whole entry as it is now: its contacts replace the copy kept here. */
  @HandlesEvent(governmentUpdatedV1)
  async onGovernmentUpdated(@Payload() event: EventEnvelope<GovernmentUpdatedV1>): Promise<void> {
    await this.recordContacts.execute(event.payload);
  }

  @HandlesEvent(periodStatusSummarisedV1)
  async onPeriodStatusSummarised(@Payload() event: EventEnvelope<PeriodStatusSummarisedV1>): Promise<void> {
    await this.signalPeriodStatus.execute({ causeEventId: event.eventId, summary: event.payload });
  }

  @HandlesEvent(indicatorStatusChangedV2)
  async onIndicatorStatusChanged(@Payload() event: EventEnvelope<IndicatorStatusChangedV2>): Promise<void> {
    await this.recordStatusChange.execute({ causeEventId: event.eventId, change: event.payload });
  }

  @HandlesEvent(reportReminderDueV1)
  async onReminderDue(@Payload() event: EventEnvelope<ReportReminderDueV1>): Promise<void> {
    await this.notifyDeadline.execute({ causeEventId: event.eventId, reminder: event.payload });
  }

  @HandlesEvent(returnOverdueV1)
  async onReturnOverdue(@Payload() event: EventEnvelope<ReturnOverdueV1>): Promise<void> {
    await this.notifyDeadline.execute({ causeEventId: event.eventId, overdue: event.payload });
  }

  @HandlesEvent(reportSubmittedV2)
  async onReportSubmitted(@Payload() event: EventEnvelope<ReportSubmittedV2>): Promise<void> {
    await this.recordReportSubmission.execute(event.payload);
  }

  /** No longer published (v2 replaced it); a v1 review still in the log is told as before. */
  @HandlesEvent(reportReviewedV1)
  async onReportReviewedV1(@Payload() event: EventEnvelope<ReportReviewedV1>): Promise<void> {
    await this.notifyReview.execute({ causeEventId: event.eventId, review: event.payload });
  }

  @HandlesEvent(reportReviewedV2)
  async onReportReviewed(@Payload() event: EventEnvelope<ReportReviewedV2>): Promise<void> {
    await this.notifyReview.execute({ causeEventId: event.eventId, review: event.payload });
  }
}
