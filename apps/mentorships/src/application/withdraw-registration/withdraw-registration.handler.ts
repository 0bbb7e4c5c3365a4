import { Injectable } from '@nestjs/common';
import { registrationWithdrawnV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { checkWithdrawal } from '../../domain/learning-session.js';
import { LearningSessionRepository } from '../../infrastructure/learning-session.repository.js';

export interface WithdrawRegistrationCommand {
  networkId: string;
  sessionId: string;
  governmentCode: string;
}

export interface WithdrawalView {
  sessionId: string;
  networkId: string;
  governmentCode: string;
  registeredAt: string;
  withdrawnAt: string;
  /** Places taken after the withdrawal. */
  registered: number;
  capacity: number;
}

/**
 * A member withdraws its registration for a session that has not started, freeing its place. Under the session's row
 * lock, like a registration, so a place freed here is counted by the next registration; the registration's removal,
 * its audit record and registration-withdrawn commit together.
 */
@Injectable()
export class WithdrawRegistrationHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: LearningSessionRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute({ networkId, sessionId, governmentCode }: WithdrawRegistrationCommand): Promise<WithdrawalView> {
    return this.unitOfWork.run(async () => {
      const session = await this.sessions.lock(sessionId);
      if (session === null || session.networkId !== networkId)
        throw new NotFound(`sessionId: ${sessionId} is not a session of ${networkId}`);
      const existing = await this.sessions.findRegistration(sessionId, governmentCode);
      const now = this.clock.now();
      const registeredAt = checkWithdrawal(session, governmentCode, { registeredAt: existing?.registeredAt ?? null, now });
      // Attendance is recorded from the start on, so before it the row holds the registration only and goes whole.
      await this.sessions.deleteRegistration(sessionId, governmentCode);
      await this.audit.record({
        action: 'withdraw-session-registration',
        objectType: 'session-registration',
        objectId: `${sessionId}/${governmentCode}`,
        before: existing,
        after: null,
      });
      await this.outbox.append(registrationWithdrawnV1, {
        key: governmentCode,
        payload: { sessionId, networkId, governmentCode, registeredAt: registeredAt.toISOString(), withdrawnAt: now.toISOString() },
      });
      return {
        sessionId,
        networkId,
        governmentCode,
        registeredAt: registeredAt.toISOString(),
        withdrawnAt: now.toISOString(),
        registered: await this.sessions.countRegistrations(sessionId),
        capacity: session.capacity,
      };
    });
  }
}
