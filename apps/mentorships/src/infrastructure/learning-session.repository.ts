import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { UnitOfWork } from '#persistence';
import type { LearningSession, SessionState } from '../domain/learning-session.js';
import { LearningSessionEntity } from './learning-session.entity.js';
import { SessionRegistrationEntity } from './session-registration.entity.js';

const toSession = (row: LearningSessionEntity): LearningSession => ({
  id: row.id,
  networkId: row.networkId,
  title: row.title,
  theme: row.theme,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  place: row.place,
  onlineLink: row.onlineLink,
  agenda: row.agenda,
  capacity: row.capacity,
  materials: row.materials,
  state: row.state as SessionState,
  attendanceCode: row.attendanceCode,
  sequence: row.sequence,
});

/** Sessions of learning networks with their registrations and attendance. */
@Injectable()
export class LearningSessionRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async insert(session: LearningSession, plannedAt: Date): Promise<void> {
    await this.unitOfWork.manager.getRepository(LearningSessionEntity).insert({ ...session, plannedAt });
  }

  /**
   * The session, its row locked until commit: registrations, attendance and changes of one session take turns, so
   * two registrations for the last place cannot both see it free.
   */
  async lock(sessionId: string): Promise<LearningSession | null> {
    const row = await this.unitOfWork.manager
      .getRepository(LearningSessionEntity)
      .createQueryBuilder('session')
      .where('session.id = :sessionId', { sessionId })
      .setLock('pessimistic_write')
      .getOne();
    return row === null ? null : toSession(row);
  }

  async save(session: LearningSession): Promise<void> {
    const { id, ...changes } = session;
    await this.unitOfWork.manager.getRepository(LearningSessionEntity).update({ id }, changes);
  }

  async ofNetwork(networkId: string): Promise<LearningSession[]> {
    const rows = await this.unitOfWork.manager
      .getRepository(LearningSessionEntity)
      .find({ where: { networkId }, order: { startsAt: 'ASC', id: 'ASC' } });
    return rows.map(toSession);
  }

  /** Sessions held or planned, not cancelled. */
  countPlanned(networkId: string): Promise<number> {
    return this.unitOfWork.manager.getRepository(LearningSessionEntity).countBy({ networkId, state: 'planned' });
  }

  registrationsOf(sessionIds: readonly string[]): Promise<SessionRegistrationEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.unitOfWork.manager
      .getRepository(SessionRegistrationEntity)
      .find({ where: { sessionId: In([...sessionIds]) }, order: { governmentCode: 'ASC' } });
  }

  /** The places taken: registrations, not walk-in attendance. */
  countRegistrations(sessionId: string): Promise<number> {
    return this.unitOfWork.manager.getRepository(SessionRegistrationEntity).countBy({ sessionId, registeredAt: Not(IsNull()) });
  }

  findRegistration(sessionId: string, governmentCode: string): Promise<SessionRegistrationEntity | null> {
    return this.unitOfWork.manager.getRepository(SessionRegistrationEntity).findOneBy({ sessionId, governmentCode });
  }

  async saveRegistration(registration: SessionRegistrationEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(SessionRegistrationEntity).save(registration);
  }

  async deleteRegistration(sessionId: string, governmentCode: string): Promise<void> {
    await this.unitOfWork.manager.getRepository(SessionRegistrationEntity).delete({ sessionId, governmentCode });
  }

  /** Per government, the sessions of a network it attended. */
  async attendanceCounts(networkId: string): Promise<Map<string, number>> {
    const rows = await this.unitOfWork.manager.query<{ government_code: string; attended: number }[]>(
      `SELECT registration.government_code, count(*)::int AS attended
         FROM session_registration registration
         JOIN learning_session session ON session.id = registration.session_id
        WHERE session.network_id = $1 AND registration.attended_at IS NOT NULL
        GROUP BY registration.government_code`,
      [networkId],
    );
    return new Map(rows.map((row) => [row.government_code, row.attended]));
  }
}
