import { defineService } from '#platform';
import { BudgetingModule } from './budgeting.module.js';
import { AllocationProposalEntity } from './infrastructure/allocation-proposal.entity.js';
import { BudgetChangeEntity } from './infrastructure/budget-change.entity.js';
import { CofinancingDeclarationEntity } from './infrastructure/cofinancing-declaration.entity.js';
import { AcceptedAnnualReportEntity } from './infrastructure/accepted-annual-report.entity.js';
import { PaymentScheduleEntity } from './infrastructure/payment-schedule.entity.js';
import { PaymentEntity } from './infrastructure/payment.entity.js';
import { RecoveryEntity } from './infrastructure/recovery.entity.js';
import { ClosedCallEntity } from './infrastructure/closed-call.entity.js';
import { CommitmentEntity } from './infrastructure/commitment.entity.js';
import { DecisionAnswerEntity } from './infrastructure/decision-answer.entity.js';
import { LedgerEntryEntity } from './infrastructure/ledger-entry.entity.js';
import { LedgerTransactionEntity } from './infrastructure/ledger-transaction.entity.js';
import { CreateBudgetingTables1763800002000 } from './infrastructure/migrations/1763800002000-create-budgeting-tables.js';
import { BudgetsProposalsRevisions1763800002100 } from './infrastructure/migrations/1763800002100-budgets-proposals-revisions.js';
import { RecordCofinancingDeclarations1763800002200 } from './infrastructure/migrations/1763800002200-record-cofinancing-declarations.js';
import { PaymentSchedulesAndPayments1763800002201 } from './infrastructure/migrations/1763800002201-payment-schedules-and-payments.js';
import { RecoveryProposals1763800002202 } from './infrastructure/migrations/1763800002202-recovery-proposals.js';
import { ProgrammeBudgetEntity } from './infrastructure/programme-budget.entity.js';
import { SubmittedApplicationEntity } from './infrastructure/submitted-application.entity.js';

export const budgetingManifest = defineService({
  name: 'budgeting',
  defaultPort: 3002,
  title: 'Programme budget, allocations, commitments and payments',
  module: () => BudgetingModule,
  entities: [
    ProgrammeBudgetEntity,
    BudgetChangeEntity,
    SubmittedApplicationEntity,
    ClosedCallEntity,
    AllocationProposalEntity,
    CommitmentEntity,
    DecisionAnswerEntity,
    LedgerTransactionEntity,
    LedgerEntryEntity,
    CofinancingDeclarationEntity,
    PaymentScheduleEntity,
    PaymentEntity,
    AcceptedAnnualReportEntity,
    RecoveryEntity,
  ],
  migrations: [
    CreateBudgetingTables1763800002000,
    BudgetsProposalsRevisions1763800002100,
    RecordCofinancingDeclarations1763800002200,
    PaymentSchedulesAndPayments1763800002201,
    RecoveryProposals1763800002202,
  ],
  // Reads applications' submissions, closed calls and decisions, answers with proposals and commitments; reads
  // reporting's reviews (an accepted annual report makes the balance due).
  consumerGroup: 'budgeting',
});
