import { notificationSentV1 } from '#contracts';
import type { OutboxWriter } from '#messaging';
import type { NotificationEntity } from './notification.entity.js';

/**
 * Announces, in the current unit of work, that a message reached its recipient:
 * e-mail accepted by the SMTP server, or placed in the inbox. Messages to ABB staff are not announced.
 */
export const announceDelivery = async (outbox: OutboxWriter, notification: NotificationEntity): Promise<void> => {
  // ABB's digest is about no one government, and notification-sent v1 is keyed by the government it reached.
  if (notification.governmentCode === null) return;
  await outbox.append(notificationSentV1, {
    key: notification.governmentCode,
    payload: {
      notificationId: notification.id,
      governmentCode: notification.governmentCode,
      channel: notification.channel,
      recipient: notification.recipient,
      template: notification.template,
      causeEventId: notification.causeEventId,
    },
  });
};
