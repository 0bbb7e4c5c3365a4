import { Injectable } from '@nestjs/common';
import { attendanceRecordedV1, type AttendanceSource } from '#contracts';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { checkAttendance, checkAttendanceCode } from '../../domain/learning-session.js';
import { LearningNetworkRepository } from '../../infrastructure/learning-network.repository.js';
import { LearningSessionRepository } from '../../infrastructure/learning-session.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';
import { registrationView, type RegistrationView } from '../plan-session/session-view.js';

export interface RecordAttendanceCommand {
  networkId: string;
  sessionId: string;
  governmentCode: string;
  /** The mentor records it, or the participant enters the session's code (required then). */
  recordedBy: AttendanceSource;
  code?: string;
}

/**
 * A member's attendance of a session, once: recording it again changes nothing and announces nothing, so the member
 * gets one confirmation however often the mentor ticks it or the participant enters the code.
 */
@Injectable()
export class RecordAttendanceHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly networks: LearningNetworkRepository,
    private readonly sessions: LearningSessionRepository,
    private readonly members: NetworkMemberRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(command: RecordAttendanceCommand): Promise<RegistrationView> {
    const { networkId, sessionId, governmentCode, recordedBy } = command;
    return this.unitOfWork.run(async () => {
      const network = await this.networks.find(networkId);
      const session = await this.sessions.lock(sessionId);
      if (network === null || session === null || session.networkId !== networkId)
        throw new NotFound(`sessionId: ${sessionId} is not a session of ${networkId}`);
      const now = this.clock.now();
      const membership = await this.members.find(networkId, governmentCode);
      // A participant's code first: "valid only during the session" says more than "has not started".
      if (recordedBy === 'code') checkAttendanceCode(session, command.code ?? '', now);
      checkAttendance(session, governmentCode, membership?.state === 'member', now);
      const existing = await this.sessions.findRegistration(sessionId, governmentCode);
      if (existing?.attendedAt != null) return registrationView(existing);
      const registration = {
        sessionId,
        governmentCode,
        registeredAt: existing?.registeredAt ?? null,
        attendedAt: now,
        attendanceRecordedBy: recordedBy,
      };
      await this.sessions.saveRegistration(registration);
      await this.audit.record({
        action: 'record-attendance',
        objectType: 'session-registration',
        objectId: `${sessionId}/${governmentCode}`,
        before: existing,
        after: registration,
      });
      await this.outbox.append(attendanceRecordedV1, {
        key: governmentCode,
        payload: {
          sessionId,
          networkId,
          mentorGovernmentCode: network.mentorCode,
          actionNumber: network.actionNumber,
          governmentCode,
          title: session.title,
          startsAt: session.startsAt.toISOString(),
          endsAt: session.endsAt.toISOString(),
          recordedBy,
          recordedAt: now.toISOString(),
        },
      });
      return registrationView(registration);
    });
  }
}
