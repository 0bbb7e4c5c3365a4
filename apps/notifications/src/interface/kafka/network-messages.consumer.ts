import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  attendanceRecordedV1,
  memberInvitedV1,
  networkBehindOnSessionsV1,
  sessionCancelledV1,
  sessionScheduledV1,
  sessionUpdatedV1,
  type AttendanceRecordedV1,
  type EventEnvelope,
  type MemberInvitedV1,
  type NetworkBehindOnSessionsV1,
  type SessionScheduledV1,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { NotifyNetworkHandler } from '../../application/notify-network/notify-network.handler.js';

/** The learning network messages: mentorships' events carry every fact a message needs (no reading of its database). */
@Controller()
export class NetworkMessagesConsumer {
  constructor(private readonly notifyNetwork: NotifyNetworkHandler) {}

  @HandlesEvent(memberInvitedV1)
  async onMemberInvited(@Payload() event: EventEnvelope<MemberInvitedV1>): Promise<void> {
    await this.notifyNetwork.execute({ causeEventId: event.eventId, invitation: event.payload });
  }

  @HandlesEvent(sessionScheduledV1)
  async onSessionScheduled(@Payload() event: EventEnvelope<SessionScheduledV1>): Promise<void> {
    await this.notifyNetwork.execute({ causeEventId: event.eventId, kind: 'session-planned', session: event.payload });
  }

  @HandlesEvent(sessionUpdatedV1)
  async onSessionUpdated(@Payload() event: EventEnvelope<SessionScheduledV1>): Promise<void> {
    await this.notifyNetwork.execute({ causeEventId: event.eventId, kind: 'session-changed', session: event.payload });
  }

  @HandlesEvent(sessionCancelledV1)
  async onSessionCancelled(@Payload() event: EventEnvelope<SessionScheduledV1>): Promise<void> {
    await this.notifyNetwork.execute({ causeEventId: event.eventId, kind: 'session-cancelled', session: event.payload });
  }

  @HandlesEvent(attendanceRecordedV1)
  async onAttendanceRecorded(@Payload() event: EventEnvelope<AttendanceRecordedV1>): Promise<void> {
    await this.notifyNetwork.execute({ causeEventId: event.eventId, attendance: event.payload });
  }

  @HandlesEvent(networkBehindOnSessionsV1)
  async onNetworkBehind(@Payload() event: EventEnvelope<NetworkBehindOnSessionsV1>): Promise<void> {
    await this.notifyNetwork.execute({ causeEventId: event.eventId, behind: event.payload });
  }
}
