import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  cofinancingShortfallFlaggedV1,
  paymentReleasedV1,
  recoveryDecidedV1,
  recoveryProposedV1,
  type CofinancingShortfallFlaggedV1,
  type EventEnvelope,
  type PaymentReleasedV1,
  type RecoveryDecidedV1,
  type RecoveryProposedV1,
} from '#contracts';
import { HandlesEvent } from '#messaging';
import { NotifyMoneyHandler } from '../../application/notify-money/notify-money.handler.js';

/** Budgeting's facts about a government's money that the government is told of. A waived recovery is not. */
@Controller()
export class MoneyNoticesConsumer {
  constructor(private readonly notifyMoney: NotifyMoneyHandler) {}

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
