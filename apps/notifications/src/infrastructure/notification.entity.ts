import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { MailAttachment } from './session-calendar.js';

export type NotificationChannel = 'email' | 'inbox';
/** 'sending': claimed by a dispatcher and handed to SMTP, outcome not recorded yet. */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** One message to one recipient for one cause: the unique constraint keeps it to one (what that means for e-mail: README). */
@Entity({ name: 'notification' })
@Unique('notification_once_per_recipient_and_cause', ['channel', 'recipient', 'causeEventId', 'template'])
@Check('notification_channel_check', "channel IN ('email', 'inbox')")
@Check('notification_status_check', "status IN ('pending', 'sending', 'sent', 'failed')")
@Index('notification_pending', ['nextAttemptAt'], { where: "status = 'pending'" })
@Index('notification_sending', ['claimedAt'], { where: "status = 'sending'" })
@Index('notification_by_government', ['governmentCode', 'createdAt'])
@Index('notification_inbox', ['recipient', 'createdAt'], { where: "channel = 'inbox'" })
@Index('notification_by_kind', ['template', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  /** Null for a message to ABB staff (the daily digest), which is about many governments. */
  @Column({ name: 'government_code', type: 'varchar', length: 40, nullable: true }) governmentCode: string | null;
  @Column({ name: 'channel', type: 'varchar', length: 10 }) channel: NotificationChannel;
  @Column({ name: 'recipient', type: 'varchar', length: 320 }) recipient: string;
  /** The kind of message (NOTICE_KINDS), whose templates rendered it. */
  @Column({ name: 'template', type: 'varchar', length: 100 }) template: string;
  @Column({ name: 'subject', type: 'varchar', length: 300 }) subject: string;
  /** The plain text: the e-mail's text part and the inbox message. */
  @Column({ name: 'body', type: 'text' }) body: string;
  /** The e-mail's HTML part; null for the inbox and for messages queued before HTML existed. */
  @Column({ name: 'html', type: 'text', nullable: true }) html: string | null;
  @Column({ name: 'cause_event_id', type: 'uuid' }) causeEventId: string;
  /** The correlation id of the cause, so the delivery announced later traces back to the original request. */
  @Column({ name: 'correlation_id', type: 'varchar', length: 100, nullable: true }) correlationId: string | null;
  @Column({ name: 'status', type: 'varchar', length: 10 }) status: DeliveryStatus;
  @Column({ name: 'attempts', type: 'integer', default: 0 }) attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' }) nextAttemptAt: Date;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  /** When a dispatcher last claimed the message for sending; a claim older than the claim timeout is taken over. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt: Date | null;
  /** Which dispatcher (host, process) claimed it last, for the logs and for an operator. */
  @Column({ name: 'claimed_by', type: 'varchar', length: 100, nullable: true }) claimedBy: string | null;
  /** When the reader marked an inbox message read; null while unread (and for e-mail). */
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
  /** Files the e-mail carries (a session's .ics); null: none, and always for the inbox. */
  @Column({ name: 'attachments', type: 'jsonb', nullable: true }) attachments: MailAttachment[] | null;
}
