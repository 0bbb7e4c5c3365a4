import { Injectable } from '@nestjs/common';
import type { NotificationEntity } from '../../infrastructure/notification.entity.js';
import { NotificationRepository } from '../../infrastructure/notification.repository.js';
import type { ListInboxQuery, SearchDeliveriesQuery } from './list-inbox.query.js';

export interface InboxItem {
  id: string;
  kind: string;
  subject: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface DeliveryView {
  id: string;
  governmentCode: string | null;
  kind: string;
  channel: string;
  recipient: string;
  subject: string;
  /** queued (waiting for the dispatcher or its next try), sending, sent, failed. */
  status: string;
  attempts: number;
  /** Why the last try failed; null before any failure and once sent. */
  failureReason: string | null;
  createdAt: string;
  sentAt: string | null;
  causeEventId: string;
}

export const inboxItem = ({ id, template, subject, body, createdAt, readAt }: NotificationEntity): InboxItem => ({
  id,
  kind: template,
  subject,
  body,
  createdAt: createdAt.toISOString(),
  readAt: readAt?.toISOString() ?? null,
});

/** The delivery states as ABB reads them: a message not yet sent is queued. */
const DELIVERY_STATUS: Record<string, string> = { pending: 'queued', sending: 'sending', sent: 'sent', failed: 'failed' };

@Injectable()
export class ListInboxHandler {
  constructor(private readonly notifications: NotificationRepository) {}

  async inbox(query: ListInboxQuery): Promise<InboxItem[]> {
    return (await this.notifications.inboxOf(query.inbox)).map(inboxItem);
  }

  unreadCount(query: ListInboxQuery): Promise<number> {
    return this.notifications.unreadCountOf(query.inbox);
  }

  /** Delivery records for ABB: every message, with whether and when it went out, by government, kind and date. */
  async deliveries(query: SearchDeliveriesQuery): Promise<DeliveryView[]> {
    const rows = await this.notifications.searchDeliveries(query);
    return rows.map((row) => ({
      id: row.id,
      governmentCode: row.governmentCode,
      kind: row.template,
      channel: row.channel,
      recipient: row.recipient,
      subject: row.subject,
      status: DELIVERY_STATUS[row.status] ?? row.status,
      attempts: row.attempts,
      failureReason: row.lastError,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      causeEventId: row.causeEventId,
    }));
  }
}
