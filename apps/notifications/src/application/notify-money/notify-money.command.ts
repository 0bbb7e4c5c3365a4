import type { MoneyNoticeFacts } from '../../domain/money-notice-context.js';

export interface NotifyMoneyCommand {
  governmentCode: string;
  causeEventId: string;
  facts: MoneyNoticeFacts;
}
