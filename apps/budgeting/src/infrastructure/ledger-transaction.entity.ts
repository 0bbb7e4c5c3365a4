import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * 'commitment' adds to what is committed; 'commitment-reduction' reverses part of it (an amendment lowering it);
 * 'payment' is a released instalment to the application's IBAN; 'recovery' a confirmed recovery charged to the government.
 */
export type LedgerTransactionKind = 'commitment' | 'commitment-reduction' | 'payment' | 'recovery';

/** One balanced booking in the ledger; its entries are in ledger_entry. */
@Entity({ name: 'ledger_transaction' })
@Unique('ledger_transaction_once_per_decision', ['decisionId'])
export class LedgerTransactionEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'kind', type: 'varchar', length: 40 }) kind: LedgerTransactionKind;
  @Column({ name: 'application_id', type: 'uuid', nullable: true }) applicationId: string | null;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId: string | null;
  @Column({ name: 'description', type: 'varchar', length: 300 }) description: string;
  @Column({ name: 'booked_at', type: 'timestamptz' }) bookedAt: Date;
}
