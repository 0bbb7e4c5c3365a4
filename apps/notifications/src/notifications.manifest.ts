import { defineService } from '#platform';
import { AbbDigestEntity } from './infrastructure/abb-digest.entity.js';
import { DigestFactEntity } from './infrastructure/digest-fact.entity.js';
import { GovernmentContactEntity } from './infrastructure/government-contact.entity.js';
import { LaggingSignalEntity } from './infrastructure/lagging-signal.entity.js';
import { CreateNotificationsTables1763800005000 } from './infrastructure/migrations/1763800005000-create-notifications-tables.js';
import { RecordNotificationCorrelation1763800005001 } from './infrastructure/migrations/1763800005001-record-notification-correlation.js';
import { HoldNoticesAwaitingContacts1763800005002 } from './infrastructure/migrations/1763800005002-hold-notices-awaiting-contacts.js';
import { ClaimMailBeforeSending1763800005003 } from './infrastructure/migrations/1763800005003-claim-mail-before-sending.js';
import { KeepHtmlOfMessages1763800005100 } from './infrastructure/migrations/1763800005100-keep-html-of-messages.js';
import { RecordInboxReadState1763800005101 } from './infrastructure/migrations/1763800005101-record-inbox-read-state.js';
import { MessagesToAbbStaff1763800005102 } from './infrastructure/migrations/1763800005102-messages-to-abb-staff.js';
import { HoldEveryKindOfNotice1763800005103 } from './infrastructure/migrations/1763800005103-hold-every-kind-of-notice.js';
import { RememberLaggingSignals1763800005104 } from './infrastructure/migrations/1763800005104-remember-lagging-signals.js';
import { NotificationPreferences1763800005105 } from './infrastructure/migrations/1763800005105-notification-preferences.js';
import { FactsForTheAbbDigest1763800005106 } from './infrastructure/migrations/1763800005106-facts-for-the-abb-digest.js';
import { ReportsAwaitingReview1763800005107 } from './infrastructure/migrations/1763800005107-reports-awaiting-review.js';
import { AbbDigests1763800005108 } from './infrastructure/migrations/1763800005108-abb-digests.js';
import { SearchDeliveriesByKind1763800005109 } from './infrastructure/migrations/1763800005109-search-deliveries-by-kind.js';
import { EditableNoticeTemplates1763800005190 } from './infrastructure/migrations/1763800005190-editable-notice-templates.js';
import { NoticeTemplateRevisionEntity } from './infrastructure/notice-template-revision.entity.js';
import { NoticeAwaitingContactsEntity } from './infrastructure/notice-awaiting-contacts.entity.js';
import { NotificationPreferenceEntity } from './infrastructure/notification-preference.entity.js';
import { NotificationEntity } from './infrastructure/notification.entity.js';
import { ReportReviewStateEntity } from './infrastructure/report-review-state.entity.js';
import { AttachFilesToMessages1763800005300 } from './infrastructure/migrations/1763800005300-attach-files-to-messages.js';
import { NotificationsModule } from './notifications.module.js';

export const notificationsManifest = defineService({
  name: 'notifications',
  defaultPort: 3005,
  title: 'Notifications to local governments and ABB',
  module: (config) => NotificationsModule.forRoot(config),
  entities: [
    GovernmentContactEntity,
    NotificationEntity,
    NoticeAwaitingContactsEntity,
    LaggingSignalEntity,
    NotificationPreferenceEntity,
    DigestFactEntity,
    ReportReviewStateEntity,
    AbbDigestEntity,
    NoticeTemplateRevisionEntity,
  ],
  migrations: [
    CreateNotificationsTables1763800005000,
    RecordNotificationCorrelation1763800005001,
    HoldNoticesAwaitingContacts1763800005002,
    ClaimMailBeforeSending1763800005003,
    KeepHtmlOfMessages1763800005100,
    RecordInboxReadState1763800005101,
    MessagesToAbbStaff1763800005102,
    HoldEveryKindOfNotice1763800005103,
    RememberLaggingSignals1763800005104,
    NotificationPreferences1763800005105,
    FactsForTheAbbDigest1763800005106,
    ReportsAwaitingReview1763800005107,
    AbbDigests1763800005108,
    SearchDeliveriesByKind1763800005109,
    EditableNoticeTemplates1763800005190,
    AttachFilesToMessages1763800005300,
  ],
  consumerGroup: 'notifications',
});
