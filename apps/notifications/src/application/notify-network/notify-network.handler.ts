import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AttendanceRecordedV1, MemberInvitedV1, NetworkBehindOnSessionsV1, SessionScheduledV1 } from '#contracts';
import { UnitOfWork } from '#persistence';
import { networkNoticeContext } from '../../domain/network-notice-context.js';
import type { SessionNoticeKind } from '../../domain/network-notice.js';
import { ABB_INBOX } from '../../domain/notice-kinds.js';
import { isWanted } from '../../domain/preferences.js';
import { GovernmentContactRepository } from '../../infrastructure/government-contact.repository.js';
import { NotificationPreferenceRepository } from '../../infrastructure/notification-preference.repository.js';
import {
  NOTICE_RENDERER,
  NOTIFICATIONS_SETTINGS,
  type NoticeRenderer,
  type NotificationsSettings,
} from '../../infrastructure/notifications-settings.js';
import { messageRows, NoticeWriter, type Recipient } from '../write-notice/notice-writer.js';

/**
 * One event for several governments (a session's members) needs a cause per recipient: a held notice is kept per
 * cause until the government's contacts arrive. Derived, so a redelivered event names the same causes.
 */
export const recipientCauseId = (eventId: string, governmentCode: string): string => {
  const hex = createHash('sha256').update(`${eventId}/${governmentCode}`).digest('hex');
  // Shaped as a version-5-like UUID, which the cause columns hold.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

export type NetworkMessageCommand =
  | { causeEventId: string; invitation: MemberInvitedV1 }
  | { causeEventId: string; kind: SessionNoticeKind; session: SessionScheduledV1 }
  | { causeEventId: string; attendance: AttendanceRecordedV1 }
  | { causeEventId: string; behind: NetworkBehindOnSessionsV1 };

/**
 * The learning network messages from mentorships' events, once per recipient and cause (the notification table's
 * unique constraint; a redelivered event writes nothing). Invitation and attendance go to the government named;
 * a session's planning, change or cancellation to every member in the event (with the .ics); a network behind on its
 * sessions to its mentor and to ABB (the ABB inbox and ABB_DIGEST_RECIPIENTS).
 */
@Injectable()
export class NotifyNetworkHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: NoticeWriter,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly contacts: GovernmentContactRepository,
    @Inject(NOTICE_RENDERER) private readonly render: NoticeRenderer,
    @Inject(NOTIFICATIONS_SETTINGS) private readonly settings: NotificationsSettings,
  ) {}

  /** The number of messages written. */
  async execute(command: NetworkMessageCommand): Promise<number> {
    return this.unitOfWork.run(async () => {
      const { causeEventId } = command;
      if ('invitation' in command)
        return this.writer.write({
          governmentCode: command.invitation.governmentCode,
          causeEventId,
          facts: {
            kind: 'network-invitation',
            invitation: command.invitation,
            mentorName: await this.nameOf(command.invitation.mentorGovernmentCode),
          },
        });
      if ('session' in command) {
        let written = 0;
        for (const governmentCode of [...new Set(command.session.recipientCodes)].sort())
          written += await this.writer.write({
            governmentCode,
            causeEventId: recipientCauseId(causeEventId, governmentCode),
            facts: { kind: command.kind, session: command.session },
          });
        return written;
      }
      if ('attendance' in command)
        return this.writer.write({
          governmentCode: command.attendance.governmentCode,
          causeEventId,
          facts: { kind: 'attendance-confirmed', attendance: command.attendance },
        });
      const mentorName = await this.nameOf(command.behind.mentorGovernmentCode);
      const mentor = await this.writer.write({
        governmentCode: command.behind.mentorGovernmentCode,
        causeEventId,
        facts: { kind: 'network-behind', behind: command.behind, forAbb: false, mentorName },
      });
      return mentor + (await this.tellAbb(command.behind, mentorName, causeEventId));
    });
  }

  private async nameOf(governmentCode: string): Promise<string | undefined> {
    return (await this.contacts.namesOf([governmentCode])).get(governmentCode);
  }

  private async tellAbb(behind: NetworkBehindOnSessionsV1, mentorName: string | undefined, causeEventId: string): Promise<number> {
    const wanted = await this.preferences.of(ABB_INBOX);
    const recipients: Recipient[] = [
      ...(isWanted(wanted, 'network-behind', 'email')
        ? this.settings.abbDigestRecipients.map((address) => ({ channel: 'email' as const, address }))
        : []),
      ...(isWanted(wanted, 'network-behind', 'inbox') ? [{ channel: 'inbox' as const, address: ABB_INBOX }] : []),
    ];
    if (recipients.length === 0) return 0;
    const message = this.render(
      'network-behind',
      networkNoticeContext({ kind: 'network-behind', behind, forAbb: true, mentorName }, 'ABB'),
    );
    return this.writer.queue(
      messageRows(message, { kind: 'network-behind', governmentCode: behind.mentorGovernmentCode, causeEventId }, recipients),
    );
  }
}
