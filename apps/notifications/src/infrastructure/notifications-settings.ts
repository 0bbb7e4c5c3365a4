/** What the mail dispatcher needs from the service configuration. */
export interface NotificationsSettings {
  smtpUrl: string;
  mailFrom: string;
  /** How old a claim must be before another dispatcher takes it over (MAIL_CLAIM_TIMEOUT_MS; 5 minutes). */
  claimTimeoutMs: number;
}

export const NOTIFICATIONS_SETTINGS = Symbol('NOTIFICATIONS_SETTINGS');

/** The channel the dispatcher listens on; written with pg_notify in the transaction that queues mail. */
export const PENDING_MAIL_CHANNEL = 'notification_pending';
