import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '#platform';
import { ListInboxHandler } from './application/list-inbox/list-inbox.handler.js';
import { NotifyStatusChangeHandler } from './application/notify-status-change/notify-status-change.handler.js';
import { RecordContactsHandler } from './application/record-contacts/record-contacts.handler.js';
import { GovernmentContactRepository } from './infrastructure/government-contact.repository.js';
import { CLAIM_TIMEOUT_MS, MailDispatcher } from './infrastructure/mail-dispatcher.service.js';
import { NoticeAwaitingContactsRepository } from './infrastructure/notice-awaiting-contacts.repository.js';
import { NotificationRepository } from './infrastructure/notification.repository.js';
import { NOTIFICATIONS_SETTINGS, type NotificationsSettings } from './infrastructure/notifications-settings.js';
import { InboxController } from './interface/http/inbox.controller.js';
import { NotificationsConsumer } from './interface/kafka/notifications.consumer.js';

@Module({})
export class NotificationsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    const settings: NotificationsSettings = {
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      // Shorter only where a harness kills dispatchers on purpose and cannot wait five minutes (npm run chaos).
      claimTimeoutMs: Number(process.env.MAIL_CLAIM_TIMEOUT_MS ?? CLAIM_TIMEOUT_MS),
    };
    return {
      module: NotificationsModule,
      controllers: [InboxController, NotificationsConsumer],
      providers: [
        { provide: NOTIFICATIONS_SETTINGS, useValue: settings },
        RecordContactsHandler,
        NotifyStatusChangeHandler,
        ListInboxHandler,
        MailDispatcher,
        GovernmentContactRepository,
        NoticeAwaitingContactsRepository,
        NotificationRepository,
      ],
    };
  }
}
