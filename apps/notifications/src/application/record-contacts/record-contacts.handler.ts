import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GovernmentRegisteredV1 } from '#contracts';
import { runWithContext } from '#observability';
import { GovernmentContactEntity } from '../../infrastructure/government-contact.entity.js';
import { NoticeAwaitingContactsEntity } from '../../infrastructure/notice-awaiting-contacts.entity.js';
import { NotifyStatusChangeHandler } from '../notify-status-change/notify-status-change.handler.js';

/** Keeps who to write to for a government, and sends the notices that were waiting for exactly that. */
@Injectable()
export class RecordContactsHandler {
  constructor(private readonly notifyStatusChange: NotifyStatusChangeHandler) {}

  async execute(manager: EntityManager, government: GovernmentRegisteredV1): Promise<void> {
    const contacts = manager.getRepository(GovernmentContactEntity);
    await contacts.upsert(
      {
        governmentCode: government.governmentCode,
        governmentName: government.name,
        contacts: government.contacts.map(({ name, email, role }) => ({ name, email, role })),
      },
      ['governmentCode'],
    );
    const awaiting = manager.getRepository(NoticeAwaitingContactsEntity);
    const held = await awaiting.find({ where: { governmentCode: government.governmentCode }, order: { receivedAt: 'ASC' } });
    if (held.length === 0) return;
    const recorded = await contacts.findOneByOrFail({ governmentCode: government.governmentCode });
    for (const notice of held)
      // Sent as the cause would have been: its correlation id, caused by the status change.
      await runWithContext({ correlationId: notice.correlationId, causationId: notice.causeEventId }, () =>
        this.notifyStatusChange.notify(manager, recorded, { causeEventId: notice.causeEventId, change: notice.change }),
      );
    await awaiting.delete(held.map((notice) => notice.causeEventId));
  }
}
