import { Module } from '@nestjs/common';
import { CommitSubsidyHandler } from './application/commit-subsidy/commit-subsidy.handler.js';
import { GetBudgetHandler } from './application/get-budget/get-budget.handler.js';
import { ListCommitmentsHandler } from './application/list-commitments/list-commitments.handler.js';
import { CommitmentRepository } from './infrastructure/commitment.repository.js';
import { LedgerRepository } from './infrastructure/ledger.repository.js';
import { BudgetingController } from './interface/http/budgeting.controller.js';
import { BudgetingConsumer } from './interface/kafka/budgeting.consumer.js';

@Module({
  controllers: [BudgetingController, BudgetingConsumer],
  providers: [CommitSubsidyHandler, ListCommitmentsHandler, GetBudgetHandler, CommitmentRepository, LedgerRepository],
})
export class BudgetingModule {}
