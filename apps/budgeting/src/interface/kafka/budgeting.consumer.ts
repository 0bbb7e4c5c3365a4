import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  applicationDecidedV1,
  applicationSubmittedV1,
  callClosedV1,
  reportReviewedV2,
  type ApplicationDecidedV1,
  type ApplicationSubmittedV1,
  type CallClosedV1,
  type EventEnvelope,
  type ReportReviewedV2,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { CommitDecisionHandler } from '../../application/commit-decision/commit-decision.handler.js';
import { RecordCallClosureHandler } from '../../application/record-call-closure/record-call-closure.handler.js';
import { RecordReportReviewHandler } from '../../application/record-report-review/record-report-review.handler.js';
import { RecordSubmissionHandler } from '../../application/record-submission/record-submission.handler.js';

/**
 * From applications: submissions and closed calls (for the allocation proposal) and decisions (to commit or refuse).
 * From reporting: reviews, of which an accepted annual report makes the balance due and may lead to recovery.
 */
@Controller()
export class BudgetingConsumer {
  constructor(
    private readonly recordSubmission: RecordSubmissionHandler,
    private readonly recordCallClosure: RecordCallClosureHandler,
    private readonly commitDecision: CommitDecisionHandler,
    private readonly recordReportReview: RecordReportReviewHandler,
  ) {}

  @HandlesEvent(applicationSubmittedV1)
  async onApplicationSubmitted(@Payload() event: EventEnvelope<ApplicationSubmittedV1>): Promise<void> {
    await this.recordSubmission.execute({ submission: event.payload });
  }

  @HandlesEvent(callClosedV1)
  async onCallClosed(@Payload() event: EventEnvelope<CallClosedV1>): Promise<void> {
    await this.recordCallClosure.execute({ closure: event.payload });
  }

  @HandlesEvent(applicationDecidedV1)
  async onApplicationDecided(@Payload() event: EventEnvelope<ApplicationDecidedV1>): Promise<void> {
    await this.commitDecision.execute({ decision: event.payload });
  }

  @HandlesEvent(reportReviewedV2)
  async onReportReviewed(@Payload() event: EventEnvelope<ReportReviewedV2>): Promise<void> {
    await this.recordReportReview.execute({ review: event.payload });
  }
}
