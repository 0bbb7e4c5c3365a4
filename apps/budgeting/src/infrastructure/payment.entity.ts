import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { CENTS } from '#persistence';
import type { PaymentCondition } from '../domain/payment-schedule.js';

export type PaymentStatus = 'scheduled' | 'due' | 'released';

/** One instalment of an application's payment schedule. */
@Entity({ name: 'payment' })
@Unique('payment_once_per_instalment', ['applicationId', 'instalment'])
@Index('payment_by_year_and_government', ['projectYear', 'governmentCode'])
@Check('payment_amount_not_negative', '"amount_cents" >= 0')
@Check('payment_status', "\"status\" IN ('scheduled', 'due', 'released')")
@Check('payment_released_is_booked', '("status" = \'released\') = ("released_at" IS NOT NULL AND "ledger_transaction_id" IS NOT NULL)')
export class PaymentEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'instalment', type: 'integer' }) instalment: number;
  @Column({ name: 'label', type: 'varchar', length: 80 }) label: string;
  @Column({ name: 'share_percent', type: 'integer' }) sharePercent: number;
  @Column({ name: 'condition', type: 'varchar', length: 40 }) condition: PaymentCondition;
  @Column({ name: 'amount_cents', type: 'bigint', transformer: CENTS }) amountCents: number;
  @Column({ name: 'status', type: 'varchar', length: 20 }) status: PaymentStatus;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt: Date | null;
  @Column({ name: 'released_by', type: 'varchar', length: 200, nullable: true }) releasedBy: string | null;
  @Column({ name: 'iban', type: 'varchar', length: 34, nullable: true }) iban: string | null;
  @Column({ name: 'ledger_transaction_id', type: 'uuid', nullable: true }) ledgerTransactionId: string | null;
}
