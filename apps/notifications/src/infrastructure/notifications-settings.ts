/** What the mail dispatcher needs from the service configuration. */
export interface NotificationsSettings {
  smtpUrl: string;
  mailFrom: string;
}

export const NOTIFICATIONS_SETTINGS = Symbol('NOTIFICATIONS_SETTINGS');

/** The channel the dispatcher listens on; written with pg_notify in the transaction that queues mail. */
export const PENDING_MAIL_CHANNEL = 'notification_pending';
