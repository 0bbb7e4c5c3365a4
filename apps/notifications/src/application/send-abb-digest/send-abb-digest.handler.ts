import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ProgrammeClock } from '#platform';
import { UnitOfWork } from '#persistence';
import { latestDigestDay } from '../../domain/digest-schedule.js';
import { digestContext } from '../../domain/notice-context.js';
import { ABB_INBOX } from '../../domain/notice-kinds.js';
import type { DigestFacts } from '../../domain/notice.js';
import { isWanted } from '../../domain/preferences.js';
import { DigestRepository } from '../../infrastructure/digest.repository.js';
import { GovernmentContactRepository } from '../../infrastructure/government-contact.repository.js';
import { NotificationPreferenceRepository } from '../../infrastructure/notification-preference.repository.js';
import {
  NOTICE_RENDERER,
  NOTIFICATIONS_SETTINGS,
  type NoticeRenderer,
  type NotificationsSettings,
} from '../../infrastructure/notifications-settings.js';
import { messageRows, NoticeWriter, type Recipient } from '../write-notice/notice-writer.js';

export interface DigestOutcome {
  /** The day composed now; null when that day's digest (or a later one) was composed already. */
  day: string | null;
  messages: number;
}

/** The cause of a day's digest messages: the same id for the same day, so the messages are written once per recipient. */
export const digestCauseId = (day: string): string => {
  const hex = createHash('sha256').update(`samenleven abb-digest ${day}`).digest('hex');
  // Shaped as a version-5-like UUID (the column is uuid).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/**
 * ABB's daily digest, at ABB_DIGEST_AT on the programme clock: governments that changed to lagging or at risk and
 * returns that became overdue since the previous digest, and the reports waiting for review. Once per day, whatever
 * the number of instances or rounds: under a lock, the day's row in abb_digest decides, and the messages are keyed
 * by the day. After a jump of the clock over several days, one digest for the last day names all that happened.
 * A day with nothing to name is recorded but sends nothing.
 */
@Injectable()
export class SendAbbDigestHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly digest: DigestRepository,
    private readonly contacts: GovernmentContactRepository,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly writer: NoticeWriter,
    private readonly clock: ProgrammeClock,
    @Inject(NOTICE_RENDERER) private readonly render: NoticeRenderer,
    @Inject(NOTIFICATIONS_SETTINGS) private readonly settings: NotificationsSettings,
  ) {}

  async execute(): Promise<DigestOutcome> {
    const now = this.clock.now();
    const day = latestDigestDay(now, this.settings.abbDigestAt);
    return this.unitOfWork.run(async () => {
      await this.digest.lock();
      const latest = await this.digest.latestDay();
      if (latest !== null && latest >= day) return { day: null, messages: 0 };
      const facts = await this.digest.pendingFacts();
      const waiting = await this.digest.awaitingReview();
      const names = await this.contacts.namesOf([
        ...facts.map((fact) => fact.governmentCode),
        ...waiting.map((report) => report.governmentCode),
      ]);
      const nameOf = (code: string): string => names.get(code) ?? code;
      const content: DigestFacts = {
        day,
        statusChanges: facts.flatMap((fact) =>
          fact.fact === 'status-changed' && fact.status !== null && fact.indicatorCode !== null
            ? [
                {
                  governmentCode: fact.governmentCode,
                  governmentName: nameOf(fact.governmentCode),
                  indicatorCode: fact.indicatorCode,
                  periodCode: fact.periodCode,
                  status: fact.status,
                },
              ]
            : [],
        ),
        overdue: facts.flatMap((fact) =>
          fact.fact === 'overdue'
            ? [
                {
                  governmentCode: fact.governmentCode,
                  governmentName: nameOf(fact.governmentCode),
                  periodCode: fact.periodCode,
                  due: fact.due ?? '',
                },
              ]
            : [],
        ),
        awaitingReview: waiting.map((report) => ({
          governmentCode: report.governmentCode,
          governmentName: nameOf(report.governmentCode),
          periodCode: report.periodCode,
          reportVersion: report.submittedVersion,
          submittedAt: (report.submittedAt ?? now).toISOString(),
          late: report.late,
        })),
      };
      await this.digest.composed({
        day,
        composedAt: now,
        statusChanges: content.statusChanges.length,
        overdue: content.overdue.length,
        awaitingReview: content.awaitingReview.length,
      });
      await this.digest.markNamed(
        facts.map((fact) => fact.causeEventId),
        day,
      );
      if (content.statusChanges.length + content.overdue.length + content.awaitingReview.length === 0) return { day, messages: 0 };
      const wanted = await this.preferences.of(ABB_INBOX);
      const recipients: Recipient[] = [
        ...(isWanted(wanted, 'abb-digest', 'email')
          ? this.settings.abbDigestRecipients.map((address) => ({ channel: 'email' as const, address }))
          : []),
        ...(isWanted(wanted, 'abb-digest', 'inbox') ? [{ channel: 'inbox' as const, address: ABB_INBOX }] : []),
      ];
      if (recipients.length === 0) return { day, messages: 0 };
      const message = this.render('abb-digest', digestContext(content));
      const messages = await this.writer.queue(
        messageRows(message, { kind: 'abb-digest', governmentCode: null, causeEventId: digestCauseId(day) }, recipients),
      );
      return { day, messages };
    });
  }
}
