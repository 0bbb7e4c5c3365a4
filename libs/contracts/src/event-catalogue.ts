import type { EventDefinition } from './event-definition.js';
import { eventName } from './event-envelope.js';
import { governmentRegisteredV1 } from './events/government-registered.v1.js';
import { indicatorStatusChangedV1 } from './events/indicator-status-changed.v1.js';
import { memberProgressRecordedV1 } from './events/member-progress-recorded.v1.js';
import { notificationSentV1 } from './events/notification-sent.v1.js';
import { reportSubmittedV1 } from './events/report-submitted.v1.js';
import { subsidyCommittedV1 } from './events/subsidy-committed.v1.js';
import { targetsCommittedV1 } from './events/targets-committed.v1.js';
import { targetsCommittedV2 } from './events/targets-committed.v2.js';
import { governmentRegisteredV2 } from './events/government-registered.v2.js';
import { governmentUpdatedV1 } from './events/government-updated.v1.js';
import { groupFormedV1 } from './events/group-formed.v1.js';
import { groupChangedV1 } from './events/group-changed.v1.js';
import { catalogueVersionPublishedV1 } from './events/catalogue-version-published.v1.js';
import { callOpenedV1 } from './events/call-opened.v1.js';
import { callClosedV1 } from './events/call-closed.v1.js';
import { applicationSubmittedV1 } from './events/application-submitted.v1.js';
import { allocationProposedV1 } from './events/allocation-proposed.v1.js';
import { applicationDecidedV1 } from './events/application-decided.v1.js';
import { subsidyCommittedV2 } from './events/subsidy-committed.v2.js';
import { commitmentRefusedV1 } from './events/commitment-refused.v1.js';
import { programmeBudgetChangedV1 } from './events/programme-budget-changed.v1.js';
import { targetsCommittedV3 } from './events/targets-committed.v3.js';
import { reportSubmittedV2 } from './events/report-submitted.v2.js';
import { indicatorStatusChangedV2 } from './events/indicator-status-changed.v2.js';
import { periodStatusSummarisedV1 } from './events/period-status-summarised.v1.js';
import { reportReviewedV1 } from './events/report-reviewed.v1.js';
import { returnOverdueV1 } from './events/return-overdue.v1.js';
import { reportReminderDueV1 } from './events/report-reminder-due.v1.js';
import { programmeClockMovedV1 } from './events/programme-clock-moved.v1.js';
import { reportReviewedV2 } from './events/report-reviewed.v2.js';
import { networkMembersChangedV1 } from './events/network-members-changed.v1.js';
import { cofinancingDeclaredV1 } from './events/cofinancing-declared.v1.js';
import { cofinancingShortfallFlaggedV1 } from './events/cofinancing-shortfall-flagged.v1.js';
import { paymentDueV1 } from './events/payment-due.v1.js';
import { paymentReleasedV1 } from './events/payment-released.v1.js';
import { recoveryProposedV1 } from './events/recovery-proposed.v1.js';
import { recoveryDecidedV1 } from './events/recovery-decided.v1.js';
import { memberInvitedV1 } from './events/member-invited.v1.js';
import { memberCaughtUpV1 } from './events/member-caught-up.v1.js';
import { sessionScheduledV1 } from './events/session-scheduled.v1.js';
import { sessionUpdatedV1 } from './events/session-updated.v1.js';
import { sessionCancelledV1 } from './events/session-cancelled.v1.js';
import { registrationMadeV1 } from './events/registration-made.v1.js';
import { attendanceRecordedV1 } from './events/attendance-recorded.v1.js';
import { networkBehindOnSessionsV1 } from './events/network-behind-on-sessions.v1.js';
import { networkOpenedV1 } from './events/network-opened.v1.js';
import { invitationDeclinedV1 } from './events/invitation-declined.v1.js';
import { registrationWithdrawnV1 } from './events/registration-withdrawn.v1.js';

/** Every event the platform knows, by "type.vN". The AsyncAPI document is generated from this list. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [
  governmentRegisteredV1,
  targetsCommittedV1,
  targetsCommittedV2,
  reportSubmittedV1,
  indicatorStatusChangedV1,
  subsidyCommittedV1,
  memberProgressRecordedV1,
  notificationSentV1,
  governmentRegisteredV2,
  governmentUpdatedV1,
  groupFormedV1,
  groupChangedV1,
  catalogueVersionPublishedV1,
  callOpenedV1,
  callClosedV1,
  applicationSubmittedV1,
  allocationProposedV1,
  applicationDecidedV1,
  subsidyCommittedV2,
  commitmentRefusedV1,
  programmeBudgetChangedV1,
  targetsCommittedV3,
  reportSubmittedV2,
  indicatorStatusChangedV2,
  periodStatusSummarisedV1,
  reportReviewedV1,
  returnOverdueV1,
  reportReminderDueV1,
  programmeClockMovedV1,
  reportReviewedV2,
  networkMembersChangedV1,
  cofinancingDeclaredV1,
  cofinancingShortfallFlaggedV1,
  paymentDueV1,
  paymentReleasedV1,
  recoveryProposedV1,
  recoveryDecidedV1,
  memberInvitedV1,
  memberCaughtUpV1,
  sessionScheduledV1,
  sessionUpdatedV1,
  sessionCancelledV1,
  registrationMadeV1,
  attendanceRecordedV1,
  networkBehindOnSessionsV1,
  networkOpenedV1,
  invitationDeclinedV1,
  registrationWithdrawnV1,
] as EventDefinition[];

const byName = new Map(EVENT_CATALOGUE.map((definition) => [eventName(definition.type, definition.version), definition]));

export const findEventDefinition = (type: string, version: number): EventDefinition | undefined => byName.get(eventName(type, version));
