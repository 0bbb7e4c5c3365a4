import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  cofinancingShortfallFlaggedV1,
  paymentReleasedV1,
  recoveryDecidedV1,
  recoveryProposedV1,
  targetsCommittedV3,
  type CofinancingShortfallFlaggedV1,
  type EventEnvelope,
  type PaymentReleasedV1,
  type RecoveryDecidedV1,
  type RecoveryProposedV1,
  type TargetsCommittedV3,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { NotifyMoneyHandler } from '../../application/notify-money/notify-money.handler.js';

/**
 * The facts about a government's money that the government is told of: its award once the decision's budget is
 * committed (applications' targets-committed, final only then), and budgeting's payments, shortfalls and recoveries.
 * A waived recovery is not told.
 */
@Controller()
export class MoneyNoticesConsumer {
  constructor(private readonly notifyMoney: NotifyMoneyHandler) {}

  @HandlesEvent(targetsCommittedV3)
  async onTargetsCommitted(@Payload() event: EventEnvelope<TargetsCommittedV3>): Promise<void> {
    await this.notifyMoney.execute({
      governmentCode: event.payload.governmentCode,
      causeEventId: event.eventId,
      facts: { kind: 'subsidy-awarded', award: event.payload },
    });
  }

  @HandlesEvent(paymentReleasedV1)
  async onPaymentReleased(@Payload() event: EventEnvelope<PaymentReleasedV1>): Promise<void> {
    await this.notifyMoney.execute({
      governmentCode: event.payload.governmentCode,
      causeEventId: event.eventId,
      facts: { kind: 'payment-released', payment: event.payload },
    });
  }

  @HandlesEvent(cofinancingShortfallFlaggedV1)
  async onCofinancingShortfall(@Payload() event: EventEnvelope<CofinancingShortfallFlaggedV1>): Promise<void> {
    await this.notifyMoney.execute({
      governmentCode: event.payload.governmentCode,
      causeEventId: event.eventId,
      facts: { kind: 'cofinancing-shortfall', shortfall: event.payload },
    });
  }

  @HandlesEvent(recoveryProposedV1)
  async onRecoveryProposed(@Payload() event: EventEnvelope<RecoveryProposedV1>): Promise<void> {
    await this.notifyMoney.execute({
      governmentCode: event.payload.governmentCode,
      causeEventId: event.eventId,
      facts: { kind: 'recovery-proposed', recovery: event.payload },
    });
  }

  @HandlesEvent(recoveryDecidedV1)
  async onRecoveryDecided(@Payload() event: EventEnvelope<RecoveryDecidedV1>): Promise<void> {
    if (event.payload.outcome !== 'confirmed') return;
    await this.notifyMoney.execute({
      governmentCode: event.payload.governmentCode,
      causeEventId: event.eventId,
      facts: { kind: 'recovery-confirmed', decision: event.payload },
    });
  }
}
