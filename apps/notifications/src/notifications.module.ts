import { Module, type DynamicModule } from '@nestjs/common';
import { ProgrammeClockConsumer, type ServiceConfig } from '#platform';
import { ChangePreferencesHandler } from './application/change-preferences/change-preferences.handler.js';
import { ListInboxHandler } from './application/list-inbox/list-inbox.handler.js';
import { MarkInboxReadHandler } from './application/mark-inbox-read/mark-inbox-read.handler.js';
import { NotifyDeadlineHandler } from './application/notify-deadline/notify-deadline.handler.js';
import { NotifyReviewHandler } from './application/notify-review/notify-review.handler.js';
import { RecordContactsHandler } from './application/record-contacts/record-contacts.handler.js';
import { RecordReportSubmissionHandler } from './application/record-report-submission/record-report-submission.handler.js';
import { RecordStatusChangeHandler } from './application/record-status-change/record-status-change.handler.js';
import { SendAbbDigestHandler } from './application/send-abb-digest/send-abb-digest.handler.js';
import { SignalPeriodStatusHandler } from './application/signal-period-status/signal-period-status.handler.js';
import { NoticeWriter } from './application/write-notice/notice-writer.js';
import { DigestRepository } from './infrastructure/digest.repository.js';
import { GovernmentContactRepository } from './infrastructure/government-contact.repository.js';
import { LaggingSignalRepository } from './infrastructure/lagging-signal.repository.js';
import { MailDispatcher } from './infrastructure/mail-dispatcher.service.js';
import { loadTemplates } from './infrastructure/notice-templates.js';
import { NoticeAwaitingContactsRepository } from './infrastructure/notice-awaiting-contacts.repository.js';
import { NotificationPreferenceRepository } from './infrastructure/notification-preference.repository.js';
import { NotificationRepository } from './infrastructure/notification.repository.js';
import { NOTICE_RENDERER, NOTIFICATIONS_SETTINGS, type NotificationsSettings } from './infrastructure/notifications-settings.js';
import { InboxController } from './interface/http/inbox.controller.js';
import { PreferencesController } from './interface/http/preferences.controller.js';
import { NotificationsConsumer } from './interface/kafka/notifications.consumer.js';
import { AbbDigestPoller } from './interface/schedule/abb-digest.poller.js';
import { NotifyNetworkHandler } from './application/notify-network/notify-network.handler.js';
import { NetworkMessagesConsumer } from './interface/kafka/network-messages.consumer.js';

@Module({})
export class NotificationsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    const settings: NotificationsSettings = {
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      claimTimeoutMs: config.mailClaimTimeoutMs,
      abbDigestRecipients: config.abbDigestRecipients,
      abbDigestAt: config.abbDigestAt,
    };
    return {
      module: NotificationsModule,
      controllers: [InboxController, PreferencesController, NotificationsConsumer, NetworkMessagesConsumer, ProgrammeClockConsumer],
      providers: [
        { provide: NOTIFICATIONS_SETTINGS, useValue: settings },
        // Compiled at start-up: a template that does not compile stops the service, naming the file.
        { provide: NOTICE_RENDERER, useFactory: () => loadTemplates(config.notificationTemplatesDir ?? undefined) },
        NoticeWriter,
        RecordContactsHandler,
        SignalPeriodStatusHandler,
        RecordStatusChangeHandler,
        NotifyDeadlineHandler,
        NotifyReviewHandler,
        NotifyNetworkHandler,
        RecordReportSubmissionHandler,
        SendAbbDigestHandler,
        ChangePreferencesHandler,
        MarkInboxReadHandler,
        ListInboxHandler,
        MailDispatcher,
        {
          provide: AbbDigestPoller,
          useFactory: (sendDigest: SendAbbDigestHandler) => new AbbDigestPoller(sendDigest),
          inject: [SendAbbDigestHandler],
        },
        GovernmentContactRepository,
        NoticeAwaitingContactsRepository,
        NotificationRepository,
        LaggingSignalRepository,
        NotificationPreferenceRepository,
        DigestRepository,
      ],
    };
  }
}
