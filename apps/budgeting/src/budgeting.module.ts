import { Module } from '@nestjs/common';
import { ProgrammeClockConsumer } from '#platform';
import { CofinancingReassessment } from './application/declare-cofinancing/cofinancing-reassessment.js';
import { DeclareCofinancingHandler } from './application/declare-cofinancing/declare-cofinancing.handler.js';
import { ListCofinancingHandler } from './application/list-cofinancing/list-cofinancing.handler.js';
import { GetPaymentScheduleHandler } from './application/get-payment-schedule/get-payment-schedule.handler.js';
import { ListPaymentsHandler } from './application/list-payments/list-payments.handler.js';
import { RecordReportReviewHandler } from './application/record-report-review/record-report-review.handler.js';
import { ReleasePaymentsHandler } from './application/release-payments/release-payments.handler.js';
import { PaymentScheduler } from './application/schedule-payments/payment-scheduler.js';
import { SetPaymentScheduleHandler } from './application/set-payment-schedule/set-payment-schedule.handler.js';
import { DecideRecoveryHandler } from './application/decide-recovery/decide-recovery.handler.js';
import { ListRecoveriesHandler } from './application/list-recoveries/list-recoveries.handler.js';
import { RecoveryProposer } from './application/propose-recovery/recovery-proposer.js';
import { ExportMoneyOverviewHandler } from './application/export-money-overview/export-money-overview.handler.js';
import { MoneyOverviewHandler } from './application/get-money-overview/money-overview.handler.js';
import { ChangeBudgetHandler } from './application/change-budget/change-budget.handler.js';
import { CommitDecisionHandler } from './application/commit-decision/commit-decision.handler.js';
import { GetAllocationProposalHandler } from './application/get-allocation-proposal/get-allocation-proposal.handler.js';
import { GetBudgetHandler } from './application/get-budget/get-budget.handler.js';
import { ListBudgetChangesHandler } from './application/list-budget-changes/list-budget-changes.handler.js';
import { ListCommitmentsHandler } from './application/list-commitments/list-commitments.handler.js';
import { AllocationProposer } from './application/propose-allocation/allocation-proposer.js';
import { RecordCallClosureHandler } from './application/record-call-closure/record-call-closure.handler.js';
import { RecordSubmissionHandler } from './application/record-submission/record-submission.handler.js';
import { CallIntakeRepository } from './infrastructure/call-intake.repository.js';
import { CofinancingRepository } from './infrastructure/cofinancing.repository.js';
import { CommitmentRepository } from './infrastructure/commitment.repository.js';
import { LedgerRepository } from './infrastructure/ledger.repository.js';
import { PaymentRepository } from './infrastructure/payment.repository.js';
import { RecoveryRepository } from './infrastructure/recovery.repository.js';
import { MoneyOverviewRepository } from './infrastructure/money-overview.repository.js';
import { ProgrammeBudgetRepository } from './infrastructure/programme-budget.repository.js';
import { CofinancingController } from './interface/http/cofinancing.controller.js';
import { PaymentsController } from './interface/http/payments.controller.js';
import { RecoveriesController } from './interface/http/recoveries.controller.js';
import { MoneyOverviewController } from './interface/http/money-overview.controller.js';
import { BudgetingController } from './interface/http/budgeting.controller.js';
import { BudgetingConsumer } from './interface/kafka/budgeting.consumer.js';

@Module({
  controllers: [
    BudgetingController,
    CofinancingController,
    PaymentsController,
    RecoveriesController,
    MoneyOverviewController,
    BudgetingConsumer,
    ProgrammeClockConsumer,
  ],
  providers: [
    RecordSubmissionHandler,
    RecordCallClosureHandler,
    AllocationProposer,
    CommitDecisionHandler,
    ChangeBudgetHandler,
    GetBudgetHandler,
    ListBudgetChangesHandler,
    ListCommitmentsHandler,
    GetAllocationProposalHandler,
    DeclareCofinancingHandler,
    ListCofinancingHandler,
    CofinancingReassessment,
    PaymentScheduler,
    SetPaymentScheduleHandler,
    GetPaymentScheduleHandler,
    ListPaymentsHandler,
    ReleasePaymentsHandler,
    RecordReportReviewHandler,
    PaymentRepository,
    RecoveryProposer,
    DecideRecoveryHandler,
    ListRecoveriesHandler,
    RecoveryRepository,
    MoneyOverviewHandler,
    ExportMoneyOverviewHandler,
    MoneyOverviewRepository,
    CallIntakeRepository,
    CofinancingRepository,
    CommitmentRepository,
    LedgerRepository,
    ProgrammeBudgetRepository,
  ],
})
export class BudgetingModule {}
