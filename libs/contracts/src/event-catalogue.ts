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
] as EventDefinition[];

const byName = new Map(EVENT_CATALOGUE.map((definition) => [eventName(definition.type, definition.version), definition]));

export const findEventDefinition = (type: string, version: number): EventDefinition | undefined => byName.get(eventName(type, version));
