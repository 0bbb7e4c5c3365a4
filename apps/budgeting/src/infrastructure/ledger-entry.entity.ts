import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CENTS } from '#persistence';
import { LedgerTransactionEntity } from './ledger-transaction.entity.js';

/** One side of a booking, in euro cents; a deferred trigger refuses an unbalanced transaction and any change. */
@Entity({ name: 'ledger_entry' })
@Index('ledger_entry_by_transaction', ['transactionId'])
@Index('ledger_entry_by_account', ['account'])
@Check('ledger_entry_one_positive_side', '"debit_cents" >= 0 AND "credit_cents" >= 0 AND ("debit_cents" = 0) <> ("credit_cents" = 0)')
export class LedgerEntryEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'transaction_id', type: 'uuid' }) transactionId: string;
  @Column({ name: 'account', type: 'varchar', length: 100 }) account: string;
  @Column({ name: 'debit_cents', type: 'bigint', transformer: CENTS }) debitCents: number;
  @Column({ name: 'credit_cents', type: 'bigint', transformer: CENTS }) creditCents: number;

  /** Declared for the foreign key only. */
  @ManyToOne(() => LedgerTransactionEntity)
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'ledger_entry_of_transaction' })
  transaction?: LedgerTransactionEntity;
}
