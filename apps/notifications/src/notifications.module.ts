import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#platform';
import { ListInboxHandler } from './application/list-inbox/list-inbox.handler.js';
import { NotifyStatusChangeHandler } from './application/notify-status-change/notify-status-change.handler.js';
import { RecordContactsHandler } from './application/record-contacts/record-contacts.handler.js';
import { GovernmentContactEntity } from './infrastructure/government-contact.entity.js';
import { MailDispatcher } from './infrastructure/mail-dispatcher.service.js';
import { CreateNotificationsTables1763800005000 } from './infrastructure/migrations/1763800005000-create-notifications-tables.js';
import { RecordNotificationCorrelation1763800005001 } from './infrastructure/migrations/1763800005001-record-notification-correlation.js';
import { HoldNoticesAwaitingContacts1763800005002 } from './infrastructure/migrations/1763800005002-hold-notices-awaiting-contacts.js';
import { NoticeAwaitingContactsEntity } from './infrastructure/notice-awaiting-contacts.entity.js';
import { NotificationEntity } from './infrastructure/notification.entity.js';
import { NOTIFICATIONS_SETTINGS, type NotificationsSettings } from './infrastructure/notifications-settings.js';
import { InboxController } from './interface/http/inbox.controller.js';
import { NotificationsConsumer } from './interface/kafka/notifications.consumer.js';

export const NOTIFICATIONS_ENTITIES = [GovernmentContactEntity, NotificationEntity, NoticeAwaitingContactsEntity];
export const NOTIFICATIONS_MIGRATIONS = [CreateNotificationsTables1763800005000, RecordNotificationCorrelation1763800005001, HoldNoticesAwaitingContacts1763800005002];

@Module({})
export class NotificationsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    const settings: NotificationsSettings = { smtpUrl: config.smtpUrl, mailFrom: config.mailFrom };
    return {
      module: NotificationsModule,
      imports: [
        PlatformModule.forService({
          config,
          entities: NOTIFICATIONS_ENTITIES,
          migrations: NOTIFICATIONS_MIGRATIONS,
        }),
      ],
      controllers: [InboxController, NotificationsConsumer],
      providers: [{ provide: NOTIFICATIONS_SETTINGS, useValue: settings }, RecordContactsHandler, NotifyStatusChangeHandler, ListInboxHandler, MailDispatcher],
    };
  }
}
