import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LedgerTransactionEntity } from './ledger-transaction.entity.js';

/** One side of a booking; a deferred trigger refuses to commit a transaction whose sides differ. */
@Entity({ name: 'ledger_entry' })
@Index('ledger_entry_by_transaction', ['transactionId'])
@Index('ledger_entry_by_account', ['account'])
@Check('ledger_entry_one_positive_side', '"debit_eur" >= 0 AND "credit_eur" >= 0 AND ("debit_eur" = 0) <> ("credit_eur" = 0)')
export class LedgerEntryEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' }) id: string;
  @Column({ name: 'transaction_id', type: 'uuid' }) transactionId: string;
  @Column({ name: 'account', type: 'varchar', length: 100 }) account: string;
  @Column({ name: 'debit_eur', type: 'integer' }) debitEur: number;
  @Column({ name: 'credit_eur', type: 'integer' }) creditEur: number;

  /** Declared for the foreign key only. */
  @ManyToOne(() => LedgerTransactionEntity)
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'ledger_entry_of_transaction' })
  transaction?: LedgerTransactionEntity;
}
