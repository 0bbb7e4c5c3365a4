import { Module, type DynamicModule } from '@nestjs/common';
import { ProgrammeClockConsumer, type ServiceConfig } from '#platform';
import { ChangePreferencesHandler } from './application/change-preferences/change-preferences.handler.js';
import { ListInboxHandler } from './application/list-inbox/list-inbox.handler.js';
import { MarkInboxReadHandler } from './application/mark-inbox-read/mark-inbox-read.handler.js';
import { NotifyDeadlineHandler } from './application/notify-deadline/notify-deadline.handler.js';
import { NotifyMoneyHandler } from './application/notify-money/notify-money.handler.js';
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
import { NoticeTemplateRepository } from './infrastructure/notice-template.repository.js';
import { NoticeAwaitingContactsRepository } from './infrastructure/notice-awaiting-contacts.repository.js';
import { NotificationPreferenceRepository } from './infrastructure/notification-preference.repository.js';
import { NotificationRepository } from './infrastructure/notification.repository.js';
import { TemplateStore } from './infrastructure/template-store.js';
import { NOTICE_RENDERER, NOTIFICATIONS_SETTINGS, type NotificationsSettings } from './infrastructure/notifications-settings.js';
import { InboxController } from './interface/http/inbox.controller.js';
import { TemplatesController } from './interface/http/templates.controller.js';
import { PreferencesController } from './interface/http/preferences.controller.js';
import { MoneyNoticesConsumer } from './interface/kafka/money-notices.consumer.js';
import { NotificationsConsumer } from './interface/kafka/notifications.consumer.js';
import { AbbDigestPoller } from './interface/schedule/abb-digest.poller.js';
import { TemplateRefreshPoller } from './interface/schedule/template-refresh.poller.js';
import { ChangeTemplateHandler } from './application/change-template/change-template.handler.js';
import { ListTemplatesHandler } from './application/list-templates/list-templates.handler.js';
import { PreviewTemplateHandler } from './application/preview-template/preview-template.handler.js';
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
      controllers: [
        InboxController,
        PreferencesController,
        TemplatesController,
        NotificationsConsumer,
        MoneyNoticesConsumer,
        NetworkMessagesConsumer,
        ProgrammeClockConsumer,
      ],
      providers: [
        { provide: NOTIFICATIONS_SETTINGS, useValue: settings },
        // The shipped files compiled at start-up (one that does not compile stops the service, naming the file), with
        // ABB's edits in their place.
        {
          provide: TemplateStore,
          useFactory: (templates: NoticeTemplateRepository) => new TemplateStore(templates, config.notificationTemplatesDir ?? undefined),
          inject: [NoticeTemplateRepository],
        },
        { provide: NOTICE_RENDERER, useFactory: (store: TemplateStore) => store.render, inject: [TemplateStore] },
        {
          provide: TemplateRefreshPoller,
          useFactory: (store: TemplateStore) => new TemplateRefreshPoller(store),
          inject: [TemplateStore],
        },
        NoticeTemplateRepository,
        ListTemplatesHandler,
        ChangeTemplateHandler,
        PreviewTemplateHandler,
        NoticeWriter,
        RecordContactsHandler,
        SignalPeriodStatusHandler,
        RecordStatusChangeHandler,
        NotifyDeadlineHandler,
        NotifyReviewHandler,
        NotifyMoneyHandler,
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
