import { defineService } from '#platform';
import { BudgetingModule } from './budgeting.module.js';
import { CommitmentLineEntity } from './infrastructure/commitment-line.entity.js';
import { CommitmentEntity } from './infrastructure/commitment.entity.js';
import { LedgerEntryEntity } from './infrastructure/ledger-entry.entity.js';
import { LedgerTransactionEntity } from './infrastructure/ledger-transaction.entity.js';
import { CreateBudgetingTables1763800002000 } from './infrastructure/migrations/1763800002000-create-budgeting-tables.js';

export const budgetingManifest = defineService({
  name: 'budgeting',
  defaultPort: 3002,
  title: 'Programme budget, allocations, commitments and payments',
  module: () => BudgetingModule,
  entities: [CommitmentEntity, CommitmentLineEntity, LedgerTransactionEntity, LedgerEntryEntity],
  migrations: [CreateBudgetingTables1763800002000],
  // Reads targets-committed; government-registered will matter once payments need an IBAN (a later issue).
  consumerGroup: 'budgeting',
});
