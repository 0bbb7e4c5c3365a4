import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sessionScheduledV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { attendanceCodeFrom, ATTENDANCE_CODE_LENGTH, checkPlan, type LearningSession } from '../../domain/learning-session.js';
import { memberCodesOf } from '../../domain/network-membership.js';
import { LearningSessionRepository } from '../../infrastructure/learning-session.repository.js';
import { NetworkMemberRepository } from '../../infrastructure/network-member.repository.js';
import { planFrom, sessionFacts, type SessionPlanInput } from './session-facts.js';
import { sessionView, type SessionView } from './session-view.js';

export interface PlanSessionCommand {
  networkId: string;
  plan: SessionPlanInput;
}

/** The mentor plans a session; the network's members are told (session-scheduled, with a calendar invitation). */
@Injectable()
export class PlanSessionHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: LearningSessionRepository,
    private readonly members: NetworkMemberRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute({ networkId, plan: input }: PlanSessionCommand): Promise<SessionView> {
    const plan = planFrom(input);
    checkPlan(plan, 0);
    return this.unitOfWork.run(async () => {
      // The network's row lock: the recipients are the members at this moment, not half a membership change.
      const network = await this.members.lockNetwork(networkId);
      if (network === null) throw new NotFound(`networkId: ${networkId} is not a learning network`);
      const session: LearningSession = {
        ...plan,
        id: randomUUID(),
        networkId,
        state: 'planned',
        attendanceCode: attendanceCodeFrom(randomBytes(ATTENDANCE_CODE_LENGTH)),
        sequence: 0,
      };
      await this.sessions.insert(session, this.clock.now());
      await this.audit.record({
        action: 'plan-session',
        objectType: 'learning-session',
        objectId: session.id,
        before: null,
        after: session,
      });
      const recipients = memberCodesOf(await this.members.ofNetwork(networkId));
      await this.outbox.append(sessionScheduledV1, { key: networkId, payload: sessionFacts(network, session, recipients) });
      return sessionView(session, []);
    });
  }
}
