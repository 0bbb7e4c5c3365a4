import { Injectable } from '@nestjs/common';
import { LearningSessionRepository } from '../../infrastructure/learning-session.repository.js';
import { sessionView, type SessionView } from '../plan-session/session-view.js';

export interface ListSessionsQuery {
  networkId: string;
  /** A member's codes: it sees its own registrations and no attendance code. Absent: the mentor or ABB. */
  memberCodes?: readonly string[];
}

@Injectable()
export class ListSessionsHandler {
  constructor(private readonly sessions: LearningSessionRepository) {}

  async execute({ networkId, memberCodes }: ListSessionsQuery): Promise<SessionView[]> {
    const sessions = await this.sessions.ofNetwork(networkId);
    const registrations = await this.sessions.registrationsOf(sessions.map((session) => session.id));
    return sessions.map((session) =>
      sessionView(
        session,
        registrations.filter((row) => row.sessionId === session.id),
        memberCodes,
      ),
    );
  }
}
