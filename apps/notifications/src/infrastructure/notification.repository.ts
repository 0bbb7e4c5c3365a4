import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { UnitOfWork } from '#persistence';
import { NotificationEntity, type DeliveryStatus } from './notification.entity.js';
import { PENDING_MAIL_CHANNEL } from './notifications-settings.js';

/** The most a list of messages returns. */
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

  /**
   * Claims e-mail due to be sent for one dispatcher: pending and due, or 'sending' under a claim older than
   * `claimTimeoutMs` (its dispatcher died before recording the outcome). Rows another transaction holds are
   * skipped. Each claim counts as an attempt, so `attempts` also tells one claim of a message from the next.
   */
  async claimDueEmail(limit: number, claimedBy: string, claimTimeoutMs: number): Promise<NotificationEntity[]> {
    const due = await this.unitOfWork.manager
      .getRepository(NotificationEntity)
      .createQueryBuilder('notification')
      .where("notification.channel = 'email'")
      .andWhere(
        "((notification.status = 'pending' AND notification.next_attempt_at <= now()) OR " +
          "(notification.status = 'sending' AND notification.claimed_at <= now() - make_interval(secs => :claimTimeoutSeconds)))",
        { claimTimeoutSeconds: claimTimeoutMs / 1000 },
      )
      .orderBy('notification.next_attempt_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    if (due.length === 0) return [];
    await this.unitOfWork.manager.query(
      "UPDATE notification SET status = 'sending', claimed_at = now(), claimed_by = $2, attempts = attempts + 1 WHERE id = ANY($1)",
      [due.map((notification) => notification.id), claimedBy],
    );
    return due.map((notification) => Object.assign(notification, { status: 'sending', claimedBy, attempts: notification.attempts + 1 }));
  }

  /**
   * Records the outcome of one claim. False when the message is no longer under that claim: the outcome was
   * recorded already (a retry after a commit whose reply was lost) or another dispatcher took the claim over.
   */
  async recordOutcome(
    claim: Pick<NotificationEntity, 'id' | 'attempts'>,
    outcome: { status: DeliveryStatus; sentAt?: Date; lastError: string | null; nextAttemptAt?: Date },
  ): Promise<boolean> {
    const result = await this.unitOfWork.manager
      .getRepository(NotificationEntity)
      .createQueryBuilder()
      .update()
      .set(outcome)
      .where("id = :id AND status = 'sending' AND attempts = :attempts", { id: claim.id, attempts: claim.attempts })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** An inbox (a government's code, or `abb`), newest first. */
  inboxOf(recipient: string): Promise<NotificationEntity[]> {
    return this.unitOfWork.manager
      .getRepository(NotificationEntity)
      .find({ where: { recipient, channel: 'inbox' }, order: { createdAt: 'DESC', id: 'ASC' }, take: LIST_LIMIT });
  }

  unreadCountOf(recipient: string): Promise<number> {
    return this.unitOfWork.manager.getRepository(NotificationEntity).countBy({ recipient, channel: 'inbox', readAt: IsNull() });
  }

  /** An inbox message of one of these inboxes, or null: a message of another inbox is not told apart from none. */
  findInInbox(id: string, recipients: readonly string[]): Promise<NotificationEntity | null> {
    if (recipients.length === 0) return Promise.resolve(null);
    return this.unitOfWork.manager.getRepository(NotificationEntity).findOneBy({ id, channel: 'inbox', recipient: In([...recipients]) });
  }

  /** Marks it read once; reading it again keeps the first moment. */
  async markRead(id: string, readAt: Date): Promise<void> {
    await this.unitOfWork.manager.getRepository(NotificationEntity).update({ id, readAt: IsNull() }, { readAt });
  }

  /** Delivery records for ABB, newest first: by government, kind and the moment the message was queued. */
  searchDeliveries(filter: DeliverySearch): Promise<NotificationEntity[]> {
    const query = this.unitOfWork.manager.getRepository(NotificationEntity).createQueryBuilder('notification');
    if (filter.governmentCode !== undefined) query.andWhere('notification.government_code = :governmentCode', filter);
    if (filter.kind !== undefined) query.andWhere('notification.template = :kind', filter);
    if (filter.from !== undefined) query.andWhere('notification.created_at >= :from', filter);
    if (filter.to !== undefined) query.andWhere('notification.created_at < :to', filter);
    return query.orderBy('notification.created_at', 'DESC').addOrderBy('notification.id', 'ASC').limit(LIST_LIMIT).getMany();
  }
}

export interface DeliverySearch {
  governmentCode?: string;
  kind?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}
