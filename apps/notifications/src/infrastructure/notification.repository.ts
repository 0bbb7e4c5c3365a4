import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { NotificationEntity, type DeliveryStatus } from './notification.entity.js';
import { PENDING_MAIL_CHANNEL } from './notifications-settings.js';

/** The most a list of one government's messages returns. */
const LIST_LIMIT = 200;

/** Every message to a government (e-mail per contact and in-app), with its delivery state. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /**
   * Writes the messages that are new; a message already written for the same recipient and cause is
   * left as it is. Returns the ids of the rows that were new.
   */
  async insertNew(rows: NotificationEntity[]): Promise<Set<string>> {
    const inserted = await this.unitOfWork.manager
      .getRepository(NotificationEntity)
      .createQueryBuilder()
      .insert()
      .values(rows)
      .orIgnore()
      .returning(['id'])
      .execute();
    // RETURNING lists only the rows that were new (a replayed cause inserts nothing).
    return new Set((inserted.raw as { id: string }[]).map((returned) => returned.id));
  }

  /** Wakes the mail dispatcher once this unit of work commits. */
  async wakeDispatcher(governmentCode: string): Promise<void> {
    await this.unitOfWork.manager.query('SELECT pg_notify($1, $2)', [PENDING_MAIL_CHANNEL, governmentCode]);
  }

  /** E-mail due to be sent, locked for this unit of work; rows another dispatcher holds are skipped. */
  claimDueEmail(limit: number): Promise<NotificationEntity[]> {
    return this.unitOfWork.manager
      .getRepository(NotificationEntity)
      .createQueryBuilder('notification')
      .where("notification.status = 'pending' AND notification.channel = 'email' AND notification.next_attempt_at <= now()")
      .orderBy('notification.next_attempt_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async recordAttempt(
    id: string,
    outcome: { status: DeliveryStatus; attempts: number; sentAt?: Date; lastError: string | null; nextAttemptAt?: Date },
  ): Promise<void> {
    await this.unitOfWork.manager.getRepository(NotificationEntity).update(id, outcome);
  }

  inboxOf(governmentCode: string): Promise<NotificationEntity[]> {
    return this.unitOfWork.manager
      .getRepository(NotificationEntity)
      .find({ where: { governmentCode, channel: 'inbox' }, order: { createdAt: 'DESC' }, take: LIST_LIMIT });
  }

  allOf(governmentCode: string): Promise<NotificationEntity[]> {
    return this.unitOfWork.manager
      .getRepository(NotificationEntity)
      .find({ where: { governmentCode }, order: { createdAt: 'DESC' }, take: LIST_LIMIT });
  }
}
