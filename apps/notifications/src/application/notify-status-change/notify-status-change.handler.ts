import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { findIndicator } from '#catalogue';
import { OutboxWriter } from '#messaging';
import { currentCorrelationId } from '#observability';
import { UnitOfWork } from '#persistence';
import { isNewlyLagging, renderLaggingNotice } from '../../domain/lagging-notice.js';
import type { GovernmentContactEntity } from '../../infrastructure/government-contact.entity.js';
import { GovernmentContactRepository } from '../../infrastructure/government-contact.repository.js';
import { NoticeAwaitingContactsRepository } from '../../infrastructure/notice-awaiting-contacts.repository.js';
import { announceDelivery } from '../../infrastructure/notification-delivery.js';
import type { NotificationChannel, NotificationEntity } from '../../infrastructure/notification.entity.js';
import { NotificationRepository } from '../../infrastructure/notification.repository.js';
import type { NotifyStatusChangeCommand } from './notify-status-change.command.js';

export const LAGGING_TEMPLATE = 'indicator-lagging';

/** A government whose indicator becomes lagging gets an e-mail per contact and an item in its in-app inbox. */
@Injectable()
export class NotifyStatusChangeHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly contacts: GovernmentContactRepository,
    private readonly awaiting: NoticeAwaitingContactsRepository,
    private readonly notifications: NotificationRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(command: NotifyStatusChangeCommand): Promise<number> {
    const { causeEventId, change } = command;
    if (!isNewlyLagging(change.previousStatus, change.status)) return 0;
    return this.unitOfWork.run(async () => {
      await this.contacts.lock(change.governmentCode);
      const government = await this.contacts.find(change.governmentCode);
      if (government && government.contacts.length > 0) return this.notify(government, command);
      // Registration and status changes travel on different topics, and a government of the shipped register
      // has no contacts until ABB imports them: hold the notice until the contacts arrive.
      await this.awaiting.hold({
        causeEventId,
        governmentCode: change.governmentCode,
        change,
        correlationId: currentCorrelationId(),
        receivedAt: new Date(),
      });
      return 0;
    });
  }

  /** Writes the notice for every contact and the inbox; a cause already written is not written again. */
  async notify(government: GovernmentContactEntity, { causeEventId, change }: NotifyStatusChangeCommand): Promise<number> {
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
      claimedAt: null,
      claimedBy: null,
    });
    const inbox = row('inbox', change.governmentCode);
    const rows = [...government.contacts.map((contact) => row('email', contact.email)), inbox];
    return this.unitOfWork.run(async () => {
      const insertedIds = await this.notifications.insertNew(rows);
      // The inbox message is delivered by being written; e-mail is announced by the dispatcher once sent.
      if (insertedIds.has(inbox.id)) await announceDelivery(this.outbox, inbox);
      await this.notifications.wakeDispatcher(change.governmentCode);
      return insertedIds.size;
    });
  }
}
