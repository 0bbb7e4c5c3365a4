import { Injectable } from '@nestjs/common';
import { sessionCancelledV1, sessionUpdatedV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { cancelledSession, updatedSession, type LearningSession } from '../../domain/learning-session.js';
import { memberCodesOf } from '../../domain/network-membership.js';
import type { LearningNetworkEntity } from '../../infrastructure/learning-network.entity.js';
import { LearningSessionRepository } from '../../infrastructure/learning-session.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';
import { planFrom, sessionFacts, type SessionPlanInput } from '../plan-session/session-facts.js';
import { sessionView, type SessionView } from '../plan-session/session-view.js';

export interface ChangeSessionCommand {
  networkId: string;
  sessionId: string;
  /** The whole new plan; absent: cancel the session. */
  plan?: SessionPlanInput;
}

/** The mentor changes or cancels a session; the members are told (session-updated or session-cancelled, with .ics). */
@Injectable()
export class ChangeSessionHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: LearningSessionRepository,
    private readonly members: NetworkMemberRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ networkId, sessionId, plan }: ChangeSessionCommand): Promise<SessionView> {
    return this.unitOfWork.run(async () => {
      const network = await this.members.lockNetwork(networkId);
      if (network === null) throw new NotFound(`networkId: ${networkId} is not a learning network`);
      const session = await this.lockedSession(network, sessionId);
      const registrations = await this.sessions.countRegistrations(sessionId);
      const next = plan === undefined ? cancelledSession(session) : updatedSession(session, planFrom(plan), registrations);
      await this.sessions.save(next);
      await this.audit.record({
        action: plan === undefined ? 'cancel-session' : 'update-session',
        objectType: 'learning-session',
        objectId: sessionId,
        before: session,
        after: next,
      });
      const recipients = memberCodesOf(await this.members.ofNetwork(networkId));
      await this.outbox.append(plan === undefined ? sessionCancelledV1 : sessionUpdatedV1, {
        key: networkId,
        payload: sessionFacts(network, next, recipients),
      });
      return sessionView(next, await this.sessions.registrationsOf([sessionId]));
    });
  }

  private async lockedSession(network: LearningNetworkEntity, sessionId: string): Promise<LearningSession> {
    const session = await this.sessions.lock(sessionId);
    if (session === null || session.networkId !== network.id)
      throw new NotFound(`sessionId: ${sessionId} is not a session of ${network.id}`);
    return session;
  }
}
