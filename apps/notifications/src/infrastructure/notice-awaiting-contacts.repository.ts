import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { NoticeAwaitingContactsEntity } from './notice-awaiting-contacts.entity.js';

/** Notices held until the government's contacts arrive. */
@Injectable()
export class NoticeAwaitingContactsRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Holds a notice once per cause; the same cause held again changes nothing. */
  async hold(notice: NoticeAwaitingContactsEntity): Promise<void> {
    await this.unitOfWork.manager
      .getRepository(NoticeAwaitingContactsEntity)
      .createQueryBuilder()
      .insert()
      .values(notice)
      .orIgnore()
      .execute();
  }

  /** The notices held for a government, oldest first. */
  heldFor(governmentCode: string): Promise<NoticeAwaitingContactsEntity[]> {
    return this.unitOfWork.manager
      .getRepository(NoticeAwaitingContactsEntity)
      .find({ where: { governmentCode }, order: { receivedAt: 'ASC' } });
  }

  async release(causeEventIds: string[]): Promise<void> {
    if (causeEventIds.length > 0) await this.unitOfWork.manager.getRepository(NoticeAwaitingContactsEntity).delete(causeEventIds);
  }
}
