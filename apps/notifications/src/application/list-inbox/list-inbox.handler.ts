import { Injectable } from '@nestjs/common';
import { NotificationRepository } from '../../infrastructure/notification.repository.js';
import type { ListInboxQuery } from './list-inbox.query.js';

export interface InboxItem {
  id: string;
  subject: string;
  body: string;
  createdAt: string;
}

export interface DeliveryView {
  id: string;
  channel: string;
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  sentAt: string | null;
}

@Injectable()
export class ListInboxHandler {
  constructor(private readonly notifications: NotificationRepository) {}

  async inbox(query: ListInboxQuery): Promise<InboxItem[]> {
    const rows = await this.notifications.inboxOf(query.governmentCode);
    return rows.map(({ id, subject, body, createdAt }) => ({ id, subject, body, createdAt: createdAt.toISOString() }));
  }

  /** Delivery tracking for ABB: every message to a government and whether it went out. */
  async deliveries(query: ListInboxQuery): Promise<DeliveryView[]> {
    const rows = await this.notifications.allOf(query.governmentCode);
    return rows.map(({ id, channel, recipient, subject, status, attempts, sentAt }) => ({
      id,
      channel,
      recipient,
      subject,
      status,
      attempts,
      sentAt: sentAt?.toISOString() ?? null,
    }));
  }
}
