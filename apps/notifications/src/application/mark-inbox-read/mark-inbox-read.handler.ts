import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { NotFound } from '#domain';
import { UnitOfWork } from '#persistence';
import { NotificationRepository } from '../../infrastructure/notification.repository.js';
import type { InboxItem } from '../list-inbox/list-inbox.handler.js';
import { inboxItem } from '../list-inbox/list-inbox.handler.js';
import type { MarkInboxReadCommand } from './mark-inbox-read.command.js';

/** Marks a message of the caller's own inbox read; a message of another inbox is not found (ids are not a way in). */
@Injectable()
export class MarkInboxReadHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly notifications: NotificationRepository,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ id, inboxes }: MarkInboxReadCommand): Promise<InboxItem> {
    return this.unitOfWork.run(async () => {
      const message = await this.notifications.findInInbox(id, inboxes);
      if (!message) throw new NotFound(`id: no message ${id} in your inbox`);
      if (message.readAt !== null) return inboxItem(message);
      const readAt = new Date();
      await this.notifications.markRead(id, readAt);
      await this.audit.record({
        action: 'inbox-message-read',
        objectType: 'notification',
        objectId: id,
        before: { readAt: null },
        after: { readAt },
      });
      return inboxItem({ ...message, readAt });
    });
  }
}
