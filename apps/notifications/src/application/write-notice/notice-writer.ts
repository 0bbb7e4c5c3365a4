import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OutboxWriter } from '#messaging';
import { currentCorrelationId } from '#observability';
import { noticeContext } from '../../domain/notice-context.js';
import type { Channel, NoticeKind } from '../../domain/notice-kinds.js';
import type { RenderedNotice } from '../../domain/notice-rendering.js';
import type { GovernmentNotice } from '../../domain/notice.js';
import { isWanted, type Preference } from '../../domain/preferences.js';
import type { GovernmentContactEntity } from '../../infrastructure/government-contact.entity.js';
import { GovernmentContactRepository } from '../../infrastructure/government-contact.repository.js';
import { NoticeAwaitingContactsRepository } from '../../infrastructure/notice-awaiting-contacts.repository.js';
import { announceDelivery } from '../../infrastructure/notification-delivery.js';
import { NotificationPreferenceRepository } from '../../infrastructure/notification-preference.repository.js';
import type { NotificationEntity } from '../../infrastructure/notification.entity.js';
import { NotificationRepository } from '../../infrastructure/notification.repository.js';
import { NOTICE_RENDERER, type NoticeRenderer } from '../../infrastructure/notifications-settings.js';
import { attachmentsOf, type MailAttachment } from '../../infrastructure/session-calendar.js';

export interface Recipient {
  channel: Channel;
  /** An e-mail address, or the inbox (a government's code, or `abb`). */
  address: string;
}

/** One queued message per recipient, as the notification table holds it. */
export const messageRows = (
  message: RenderedNotice,
  { kind, governmentCode, causeEventId }: { kind: NoticeKind; governmentCode: string | null; causeEventId: string },
  recipients: readonly Recipient[],
  attachments: readonly MailAttachment[] = [],
): NotificationEntity[] => {
  const now = new Date();
  const correlationId = currentCorrelationId();
  return recipients.map(({ channel, address }) => ({
    id: randomUUID(),
    governmentCode,
    channel,
    recipient: address,
    template: kind,
    subject: message.subject,
    body: message.text,
    html: channel === 'email' ? message.html : null,
    causeEventId,
    correlationId,
    // The in-app inbox is delivered by being written; e-mail waits for the dispatcher.
    status: channel === 'inbox' ? 'sent' : 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    createdAt: now,
    sentAt: channel === 'inbox' ? now : null,
    claimedAt: null,
    claimedBy: null,
    readAt: null,
    attachments: channel === 'email' && attachments.length > 0 ? [...attachments] : null,
  }));
};

/**
 * Writes a government's notice: an e-mail per contact person and an item in its inbox, each only where the
 * government's preferences want it (critical kinds always), once per recipient and cause. A government whose
 * contacts are not known yet has its notice held until they arrive (RecordContactsHandler releases it).
 * Runs inside the caller's unit of work.
 */
@Injectable()
export class NoticeWriter {
  constructor(
    private readonly contacts: GovernmentContactRepository,
    private readonly awaiting: NoticeAwaitingContactsRepository,
    private readonly notifications: NotificationRepository,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly outbox: OutboxWriter,
    @Inject(NOTICE_RENDERER) private readonly render: NoticeRenderer,
  ) {}

  /** The number of messages written (0 when held or already written). */
  async write(notice: GovernmentNotice): Promise<number> {
    await this.contacts.lock(notice.governmentCode);
    const government = await this.contacts.find(notice.governmentCode);
    if (government && government.contacts.length > 0) return this.writeFor(government, notice);
    await this.awaiting.hold({
      causeEventId: notice.causeEventId,
      governmentCode: notice.governmentCode,
      kind: notice.facts.kind,
      facts: notice.facts,
      change: null,
      correlationId: currentCorrelationId(),
      receivedAt: new Date(),
    });
    return 0;
  }

  async writeFor(government: GovernmentContactEntity, notice: GovernmentNotice): Promise<number> {
    const kind = notice.facts.kind;
    const wanted = await this.preferences.of(government.governmentCode);
    const recipients = governmentRecipients(government, kind, wanted);
    if (recipients.length === 0) return 0;
    const message = this.render(kind, noticeContext(notice.facts, government.governmentName));
    const rows = messageRows(
      message,
      { kind, governmentCode: government.governmentCode, causeEventId: notice.causeEventId },
      recipients,
      attachmentsOf(notice.facts),
    );
    return this.queue(rows);
  }

  /** Inserts what is new, announces the inbox items written, and wakes the mail dispatcher after commit. */
  async queue(rows: NotificationEntity[]): Promise<number> {
    const insertedIds = await this.notifications.insertNew(rows);
    // The inbox message is delivered by being written; e-mail is announced by the dispatcher once sent.
    for (const row of rows) if (row.channel === 'inbox' && insertedIds.has(row.id)) await announceDelivery(this.outbox, row);
    if (rows.some((row) => row.channel === 'email' && insertedIds.has(row.id)))
      await this.notifications.wakeDispatcher(rows[0]!.governmentCode ?? '');
    return insertedIds.size;
  }
}

/** Every contact person by e-mail and the government's inbox, as far as its preferences want the kind there. */
export const governmentRecipients = (government: GovernmentContactEntity, kind: NoticeKind, wanted: readonly Preference[]): Recipient[] => [
  ...(isWanted(wanted, kind, 'email')
    ? [...new Set(government.contacts.map((contact) => contact.email))].map((address) => ({ channel: 'email' as const, address }))
    : []),
  ...(isWanted(wanted, kind, 'inbox') ? [{ channel: 'inbox' as const, address: government.governmentCode }] : []),
];
