import { IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

export class NotificationSentV1 {
  @IsUUID() notificationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsIn(['email', 'inbox']) channel: string;
  @IsString() @MaxLength(320) recipient: string;
  @IsString() @MaxLength(100) template: string;
  /** The event that caused it: one notification per recipient and cause. */
  @IsUUID() causeEventId: string;
}

export const notificationSentV1 = defineEvent({
  type: 'notifications.notification-sent',
  version: 1,
  topic: TOPICS.notifications,
  producer: 'notifications',
  description: 'A notification was delivered to a recipient (e-mail accepted by the SMTP server, or placed in the in-app inbox).',
  payloadClass: NotificationSentV1,
  example: {
    notificationId: '9b2f6c1e-3f57-4e0e-9a5c-4f1c3b9d2a11',
    governmentCode: '44021',
    channel: 'email',
    recipient: 'samenleven@gent.example',
    template: 'indicator-lagging',
    causeEventId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  },
});
