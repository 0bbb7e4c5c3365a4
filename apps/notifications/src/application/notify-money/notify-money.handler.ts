import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { NoticeWriter } from '../write-notice/notice-writer.js';
import type { NotifyMoneyCommand } from './notify-money.command.js';

/**
 * Budgeting released a payment, flagged a co-financing shortfall, proposed or confirmed a recovery: the government
 * (the one that received the money) hears of it by e-mail and in its inbox, once per recipient and cause event.
 */
@Injectable()
export class NotifyMoneyHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: NoticeWriter,
  ) {}

  execute({ governmentCode, causeEventId, facts }: NotifyMoneyCommand): Promise<number> {
    return this.unitOfWork.run(() => this.writer.write({ governmentCode, causeEventId, facts }));
  }
}
