import { Injectable } from '@nestjs/common';
import { registrationMadeV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { checkRegistration } from '../../domain/learning-session.js';
import { LearningSessionRepository } from '../../infrastructure/learning-session.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';
import { registrationView, type RegistrationView } from '../plan-session/session-view.js';

export interface RegisterForSessionCommand {
  networkId: string;
  sessionId: string;
  governmentCode: string;
}

/**
 * A member registers for a session, up to its capacity. The session's row is locked while the places are counted,
 * so of two registrations for the last place one succeeds and the other is refused (400, nothing written).
 */
@Injectable()
export class RegisterForSessionHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: LearningSessionRepository,
    private readonly members: NetworkMemberRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute({ networkId, sessionId, governmentCode }: RegisterForSessionCommand): Promise<RegistrationView> {
    return this.unitOfWork.run(async () => {
      const session = await this.sessions.lock(sessionId);
      if (session === null || session.networkId !== networkId)
        throw new NotFound(`sessionId: ${sessionId} is not a session of ${networkId}`);
      const membership = await this.members.find(networkId, governmentCode);
      const existing = await this.sessions.findRegistration(sessionId, governmentCode);
      const now = this.clock.now();
      checkRegistration(session, governmentCode, {
        isMember: membership?.state === 'member',
        alreadyRegistered: existing?.registeredAt != null,
        registrations: await this.sessions.countRegistrations(sessionId),
        now,
      });
      const registration = {
        sessionId,
        governmentCode,
        registeredAt: now,
        attendedAt: existing?.attendedAt ?? null,
        attendanceRecordedBy: existing?.attendanceRecordedBy ?? null,
      };
      await this.sessions.saveRegistration(registration);
      await this.audit.record({
        action: 'register-for-session',
        objectType: 'session-registration',
        objectId: `${sessionId}/${governmentCode}`,
        before: existing,
        after: registration,
      });
      await this.outbox.append(registrationMadeV1, {
        key: governmentCode,
        payload: { sessionId, networkId, governmentCode, registeredAt: now.toISOString() },
      });
      return registrationView(registration);
    });
  }
}
