import { Module, type DynamicModule } from '@nestjs/common';
import { ProgrammeClockConsumer, type ServiceConfig } from '#platform';
import { ListInboxHandler } from './application/list-inbox/list-inbox.handler.js';
import { NotifyStatusChangeHandler } from './application/notify-status-change/notify-status-change.handler.js';
import { RecordContactsHandler } from './application/record-contacts/record-contacts.handler.js';
import { GovernmentContactRepository } from './infrastructure/government-contact.repository.js';
import { MailDispatcher } from './infrastructure/mail-dispatcher.service.js';
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
      claimTimeoutMs: config.mailClaimTimeoutMs,
    };
    return {
      module: NotificationsModule,
      controllers: [InboxController, NotificationsConsumer, ProgrammeClockConsumer],
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
