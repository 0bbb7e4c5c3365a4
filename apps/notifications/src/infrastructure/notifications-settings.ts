import type { NoticeRenderer } from '../domain/notice-rendering.js';

/** What the mail dispatcher and the digest need from the service configuration. */
export interface NotificationsSettings {
  smtpUrl: string;
  mailFrom: string;
  /** How old a claim must be before another dispatcher takes it over (MAIL_CLAIM_TIMEOUT_MS; 5 minutes). */
  claimTimeoutMs: number;
  /** Who gets ABB's daily digest by e-mail (ABB_DIGEST_RECIPIENTS). */
  abbDigestRecipients: string[];
  /** When, HH:MM Brussels time on the programme clock (ABB_DIGEST_AT). */
  abbDigestAt: string;
}

export const NOTIFICATIONS_SETTINGS = Symbol('NOTIFICATIONS_SETTINGS');

/** The compiled templates (apps/notifications/templates, or NOTIFICATION_TEMPLATES_DIR). */
export const NOTICE_RENDERER = Symbol('NOTICE_RENDERER');
export type { NoticeRenderer };

/** The channel the dispatcher listens on; written with pg_notify in the transaction that queues mail. */
export const PENDING_MAIL_CHANNEL = 'notification_pending';
