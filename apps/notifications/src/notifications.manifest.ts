import { defineService } from '#platform';
import { GovernmentContactEntity } from './infrastructure/government-contact.entity.js';
import { CreateNotificationsTables1763800005000 } from './infrastructure/migrations/1763800005000-create-notifications-tables.js';
import { RecordNotificationCorrelation1763800005001 } from './infrastructure/migrations/1763800005001-record-notification-correlation.js';
import { HoldNoticesAwaitingContacts1763800005002 } from './infrastructure/migrations/1763800005002-hold-notices-awaiting-contacts.js';
import { ClaimMailBeforeSending1763800005003 } from './infrastructure/migrations/1763800005003-claim-mail-before-sending.js';
import { NoticeAwaitingContactsEntity } from './infrastructure/notice-awaiting-contacts.entity.js';
import { NotificationEntity } from './infrastructure/notification.entity.js';
import { NotificationsModule } from './notifications.module.js';

export const notificationsManifest = defineService({
  name: 'notifications',
  defaultPort: 3005,
  title: 'Notifications to local governments and ABB',
  module: (config) => NotificationsModule.forRoot(config),
  entities: [GovernmentContactEntity, NotificationEntity, NoticeAwaitingContactsEntity],
  migrations: [
    CreateNotificationsTables1763800005000,
    RecordNotificationCorrelation1763800005001,
    HoldNoticesAwaitingContacts1763800005002,
    ClaimMailBeforeSending1763800005003,
  ],
  consumerGroup: 'notifications',
});
