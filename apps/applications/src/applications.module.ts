import { Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import type { ServiceConfig } from '#platform';
import { AcceptAmendmentHandler } from './application/accept-amendment/accept-amendment.handler.js';
import { ApplyCommitmentRefusalHandler } from './application/apply-commitment-refusal/apply-commitment-refusal.handler.js';
import { ApplyCommitmentHandler } from './application/apply-commitment/apply-commitment.handler.js';
import { DecideAsProposedHandler } from './application/decide-as-proposed/decide-as-proposed.handler.js';
import { GetAllocationProposalHandler } from './application/get-allocation-proposal/get-allocation-proposal.handler.js';
import { GetDecisionHandler } from './application/get-decision/get-decision.handler.js';
import { ListAmendmentsHandler } from './application/list-amendments/list-amendments.handler.js';
import { ListGovernmentsHandler } from './application/list-governments/list-governments.handler.js';
import { RecordAllocationProposalHandler } from './application/record-allocation-proposal/record-allocation-proposal.handler.js';
import { DecisionRecorder } from './application/record-decision/decision-recorder.js';
import { RecordDecisionHandler } from './application/record-decision/record-decision.handler.js';
import { RegisterGovernmentHandler } from './application/register-government/register-government.handler.js';
import { RejectAmendmentHandler } from './application/reject-amendment/reject-amendment.handler.js';
import { RequestAmendmentHandler } from './application/request-amendment/request-amendment.handler.js';
import { SeedDemoDataHandler } from './application/seed-demo-data/seed-demo-data.handler.js';
import { CatalogueLookup } from './domain/catalogue-lookup.js';
import { AllocationProposalRepository } from './infrastructure/allocation-proposal.repository.js';
import { AmendmentRepository } from './infrastructure/amendment.repository.js';
import { ApplicationDecisionRepository } from './infrastructure/application-decision.repository.js';
import { ApplicationRepository } from './infrastructure/application.repository.js';
import { CallRepository } from './infrastructure/call.repository.js';
import { LocalGovernmentRepository } from './infrastructure/local-government.repository.js';
import { StaticCatalogueLookup } from './infrastructure/static-catalogue-lookup.js';
import { AmendmentsController } from './interface/http/amendments.controller.js';
import { ApplicationDecisionsController } from './interface/http/application-decisions.controller.js';
import { CallDecisionsController } from './interface/http/call-decisions.controller.js';
import { GovernmentsController } from './interface/http/governments.controller.js';
import { BudgetRepliesConsumer } from './interface/kafka/budget-replies.consumer.js';

class DemoDataSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly seed: SeedDemoDataHandler,
    private readonly enabled: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.enabled) await this.seed.execute();
  }
}

@Module({})
export class ApplicationsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: ApplicationsModule,
      controllers: [
        GovernmentsController,
        CallDecisionsController,
        ApplicationDecisionsController,
        AmendmentsController,
        BudgetRepliesConsumer,
      ],
      providers: [
        RegisterGovernmentHandler,
        ListGovernmentsHandler,
        SeedDemoDataHandler,
        RecordAllocationProposalHandler,
        GetAllocationProposalHandler,
        DecisionRecorder,
        RecordDecisionHandler,
        DecideAsProposedHandler,
        ApplyCommitmentHandler,
        ApplyCommitmentRefusalHandler,
        GetDecisionHandler,
        RequestAmendmentHandler,
        ListAmendmentsHandler,
        AcceptAmendmentHandler,
        RejectAmendmentHandler,
        LocalGovernmentRepository,
        CallRepository,
        ApplicationRepository,
        ApplicationDecisionRepository,
        AmendmentRepository,
        AllocationProposalRepository,
        // Until catalogue versions live in the database (DatabaseCatalogueLookup).
        { provide: CatalogueLookup, useClass: StaticCatalogueLookup },
        {
          provide: DemoDataSeeder,
          useFactory: (seed: SeedDemoDataHandler) => new DemoDataSeeder(seed, config.seedDemoData),
          inject: [SeedDemoDataHandler],
        },
      ],
    };
  }
}
