import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { findIndicator } from '#catalogue';
import { OutboxWriter } from '#messaging';
import { currentCorrelationId } from '#observability';
import { isNewlyLagging, renderLaggingNotice } from '../../domain/lagging-notice.js';
import { GovernmentContactEntity } from '../../infrastructure/government-contact.entity.js';
import { NoticeAwaitingContactsEntity } from '../../infrastructure/notice-awaiting-contacts.entity.js';
import { announceDelivery } from '../../infrastructure/notification-delivery.js';
import { NotificationEntity, type NotificationChannel } from '../../infrastructure/notification.entity.js';
import { PENDING_MAIL_CHANNEL } from '../../infrastructure/notifications-settings.js';
import type { NotifyStatusChangeCommand } from './notify-status-change.command.js';

export const LAGGING_TEMPLATE = 'indicator-lagging';

/** A government whose indicator becomes lagging gets an e-mail per contact and an item in its in-app inbox. */
@Injectable()
export class NotifyStatusChangeHandler {
  constructor(private readonly outbox: OutboxWriter) {}

  async execute(manager: EntityManager, command: NotifyStatusChangeCommand): Promise<number> {
    const { causeEventId, change } = command;
    if (!isNewlyLagging(change.previousStatus, change.status)) return 0;
    const government = await manager.getRepository(GovernmentContactEntity).findOneBy({ governmentCode: change.governmentCode });
    if (government) return this.notify(manager, government, command);
    // Registration and status changes travel on different topics: hold the notice until the contacts arrive.
    await manager
      .getRepository(NoticeAwaitingContactsEntity)
      .createQueryBuilder()
      .insert()
      .values({ causeEventId, governmentCode: change.governmentCode, change, correlationId: currentCorrelationId(), receivedAt: new Date() })
      .orIgnore()
      .execute();
    return 0;
  }

  /** Writes the notice for every contact and the inbox; a cause already written is not written again. */
  async notify(manager: EntityManager, government: GovernmentContactEntity, { causeEventId, change }: NotifyStatusChangeCommand): Promise<number> {
    const indicator = findIndicator(change.indicatorCode);
    const message = renderLaggingNotice({
      governmentName: government.governmentName,
      indicatorCode: change.indicatorCode,
      indicatorUnit: indicator?.unit ?? change.indicatorCode,
      actionName: indicator ? `${indicator.actionNumber}. ${indicator.actionName}` : change.indicatorCode,
      periodCode: change.periodCode,
      achieved: change.achieved,
      target: change.target,
      expected: change.expected,
    });
    const now = new Date();
    const correlationId = currentCorrelationId();
    const row = (channel: NotificationChannel, recipient: string): NotificationEntity => ({
      id: randomUUID(),
      governmentCode: change.governmentCode,
      channel,
      recipient,
      template: LAGGING_TEMPLATE,
      subject: message.subject,
      body: message.text,
      causeEventId,
      correlationId,
      // The in-app inbox is delivered by being written; e-mail waits for the dispatcher.
      status: channel === 'inbox' ? ('sent' as const) : ('pending' as const),
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      createdAt: now,
      sentAt: channel === 'inbox' ? now : null,
    });
    const inbox = row('inbox', change.governmentCode);
    const rows = [...government.contacts.map((contact) => row('email', contact.email)), inbox];
    const inserted = await manager.getRepository(NotificationEntity).createQueryBuilder().insert().values(rows).orIgnore().returning(['id']).execute();
    // RETURNING lists only the rows that were new (a replayed cause inserts nothing).
    const insertedIds = new Set((inserted.raw as { id: string }[]).map((returned) => returned.id));
    // The inbox message is delivered by being written; e-mail is announced by the dispatcher once sent.
    if (insertedIds.has(inbox.id)) await announceDelivery(this.outbox, manager, inbox);
    await manager.query('SELECT pg_notify($1, $2)', [PENDING_MAIL_CHANNEL, change.governmentCode]);
    return insertedIds.size;
  }
}
