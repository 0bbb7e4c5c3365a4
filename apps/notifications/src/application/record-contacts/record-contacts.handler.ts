import { Injectable } from '@nestjs/common';
import type { GovernmentV2 } from '#contracts';
import { runWithContext } from '#observability';
import { UnitOfWork } from '#persistence';
import type { GovernmentNotice } from '../../domain/notice.js';
import type { NoticeAwaitingContactsEntity } from '../../infrastructure/notice-awaiting-contacts.entity.js';
import { GovernmentContactRepository } from '../../infrastructure/government-contact.repository.js';
import { NoticeAwaitingContactsRepository } from '../../infrastructure/notice-awaiting-contacts.repository.js';
import { NoticeWriter } from '../write-notice/notice-writer.js';

/** A held notice as it is sent now; one held by the release before (a v1 status change) is a lagging notice for its indicator. */
export const heldNotice = (held: NoticeAwaitingContactsEntity): GovernmentNotice => {
  if (held.facts !== null) return { governmentCode: held.governmentCode, causeEventId: held.causeEventId, facts: held.facts };
  const change = held.change!;
  const behind = { indicatorCode: change.indicatorCode, achieved: change.achieved, target: change.target, expected: change.expected };
  return {
    governmentCode: held.governmentCode,
    causeEventId: held.causeEventId,
    facts: {
      kind: 'lagging',
      newlyBehind: [change.indicatorCode],
      summary: {
        governmentCode: change.governmentCode,
        projectYear: change.projectYear,
        periodCode: change.periodCode,
        cause: 'report',
        reportVersion: null,
        lagging: [behind],
        atRisk: [],
        notReported: [],
        indicatorCount: 1,
        checkedAt: held.receivedAt.toISOString(),
      },
    },
  };
};

/**
 * Keeps who to write to for a government (from government-registered v2 and government-updated v1, which both
 * carry the whole entry), and sends the notices that were waiting for exactly that: a government of the shipped
 * register has no contact persons until ABB imports them, so its notices wait until the first one arrives.
 */
@Injectable()
export class RecordContactsHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly contacts: GovernmentContactRepository,
    private readonly awaiting: NoticeAwaitingContactsRepository,
    private readonly writer: NoticeWriter,
  ) {}

  async execute(government: GovernmentV2): Promise<void> {
    await this.unitOfWork.run(async () => {
      await this.contacts.lock(government.governmentCode);
      await this.contacts.save({
        governmentCode: government.governmentCode,
        governmentName: government.name,
        contacts: government.contacts.map(({ name, email, role }) => ({ name, email, role })),
      });
      if (government.contacts.length === 0) return;
      const held = await this.awaiting.heldFor(government.governmentCode);
      if (held.length === 0) return;
      const recorded = await this.contacts.find(government.governmentCode);
      if (!recorded) throw new Error(`the contacts of ${government.governmentCode} were saved but cannot be read back`);
      for (const notice of held)
        // Sent as the cause would have been: its correlation id, caused by the event that brought the notice.
        await runWithContext({ correlationId: notice.correlationId, causationId: notice.causeEventId }, () =>
          this.writer.writeFor(recorded, heldNotice(notice)),
        );
      await this.awaiting.release(held.map((notice) => notice.causeEventId));
    });
  }
}
