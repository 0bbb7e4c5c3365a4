import { Injectable } from '@nestjs/common';
import type { GovernmentV2 } from '#contracts';
import { runWithContext } from '#observability';
import { UnitOfWork } from '#persistence';
import { GovernmentContactRepository } from '../../infrastructure/government-contact.repository.js';
import { NoticeAwaitingContactsRepository } from '../../infrastructure/notice-awaiting-contacts.repository.js';
import { NotifyStatusChangeHandler } from '../notify-status-change/notify-status-change.handler.js';

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
    private readonly notifyStatusChange: NotifyStatusChangeHandler,
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
        // Sent as the cause would have been: its correlation id, caused by the status change.
        await runWithContext({ correlationId: notice.correlationId, causationId: notice.causeEventId }, () =>
          this.notifyStatusChange.notify(recorded, { causeEventId: notice.causeEventId, change: notice.change }),
        );
      await this.awaiting.release(held.map((notice) => notice.causeEventId));
    });
  }
}
