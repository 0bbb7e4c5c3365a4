import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  governmentRegisteredV2,
  governmentUpdatedV1,
  indicatorStatusChangedV1,
  type EventEnvelope,
  type GovernmentRegisteredV2,
  type GovernmentUpdatedV1,
  type IndicatorStatusChangedV1,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { NotifyStatusChangeHandler } from '../../application/notify-status-change/notify-status-change.handler.js';
import { RecordContactsHandler } from '../../application/record-contacts/record-contacts.handler.js';

@Controller()
export class NotificationsConsumer {
  constructor(
    private readonly recordContacts: RecordContactsHandler,
    private readonly notifyStatusChange: NotifyStatusChangeHandler,
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

  @HandlesEvent(indicatorStatusChangedV1)
  async onIndicatorStatusChanged(@Payload() event: EventEnvelope<IndicatorStatusChangedV1>): Promise<void> {
    await this.notifyStatusChange.execute({ causeEventId: event.eventId, change: event.payload });
  }
}
