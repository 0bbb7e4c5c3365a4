import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#platform';
import { CommitSubsidyHandler } from './application/commit-subsidy/commit-subsidy.handler.js';
import { GetBudgetHandler } from './application/get-budget/get-budget.handler.js';
import { ListCommitmentsHandler } from './application/list-commitments/list-commitments.handler.js';
import { CommitmentLineEntity } from './infrastructure/commitment-line.entity.js';
import { CommitmentEntity } from './infrastructure/commitment.entity.js';
import { LedgerEntryEntity } from './infrastructure/ledger-entry.entity.js';
import { LedgerTransactionEntity } from './infrastructure/ledger-transaction.entity.js';
import { LedgerRepository } from './infrastructure/ledger.repository.js';
import { CreateBudgetingTables1763800002000 } from './infrastructure/migrations/1763800002000-create-budgeting-tables.js';
import { BudgetingController } from './interface/http/budgeting.controller.js';
import { BudgetingConsumer } from './interface/kafka/budgeting.consumer.js';

export const BUDGETING_ENTITIES = [CommitmentEntity, CommitmentLineEntity, LedgerTransactionEntity, LedgerEntryEntity];
export const BUDGETING_MIGRATIONS = [CreateBudgetingTables1763800002000];

@Module({})
export class BudgetingModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: BudgetingModule,
      imports: [
        PlatformModule.forService({
          config,
          entities: BUDGETING_ENTITIES,
          migrations: BUDGETING_MIGRATIONS,
        }),
      ],
      controllers: [BudgetingController, BudgetingConsumer],
      providers: [CommitSubsidyHandler, ListCommitmentsHandler, GetBudgetHandler, LedgerRepository],
    };
  }
}
