import {
  Injectable,
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ServiceConfig } from '#platform';
import { ChangeGroupHandler } from './application/change-group/change-group.handler.js';
import { CloseCallHandler } from './application/close-call/close-call.handler.js';
import { CloseDueCallsHandler } from './application/close-call/close-due-calls.handler.js';
import { CreateApplicationHandler } from './application/create-application/create-application.handler.js';
import { FormGroupHandler } from './application/form-group/form-group.handler.js';
import { GroupRules } from './application/form-group/group-rules.js';
import { ApplicationViews } from './application/list-applications/application-views.js';
import { ListApplicationsHandler } from './application/list-applications/list-applications.handler.js';
import { ListCallsHandler } from './application/list-calls/list-calls.handler.js';
import { ListGroupsHandler } from './application/list-groups/list-groups.handler.js';
import { OpenCallHandler } from './application/open-call/open-call.handler.js';
import { SaveApplicationHandler } from './application/save-application/save-application.handler.js';
import { SubmitApplicationHandler } from './application/submit-application/submit-application.handler.js';
import { GovernmentGroupRepository } from './infrastructure/government-group.repository.js';
import { ApplicationsController } from './interface/http/applications.controller.js';
import { CallsController } from './interface/http/calls.controller.js';
import { GroupsController } from './interface/http/groups.controller.js';
import { CallClosingPoller } from './interface/schedule/call-closing.poller.js';
import { AcceptAmendmentHandler } from './application/accept-amendment/accept-amendment.handler.js';
import { ApplyCommitmentRefusalHandler } from './application/apply-commitment-refusal/apply-commitment-refusal.handler.js';
import { ApplyCommitmentHandler } from './application/apply-commitment/apply-commitment.handler.js';
import { DecideAsProposedHandler } from './application/decide-as-proposed/decide-as-proposed.handler.js';
import { GetAllocationProposalHandler } from './application/get-allocation-proposal/get-allocation-proposal.handler.js';
import { GetDecisionHandler } from './application/get-decision/get-decision.handler.js';
import { GetCatalogueHandler } from './application/get-catalogue/get-catalogue.handler.js';
import { ListCatalogueVersionsHandler } from './application/list-catalogue-versions/list-catalogue-versions.handler.js';
import { PublishCatalogueVersionHandler } from './application/publish-catalogue-version/publish-catalogue-version.handler.js';
import { GetGovernmentHandler } from './application/get-government/get-government.handler.js';
import { ImportGovernmentsHandler } from './application/import-governments/import-governments.handler.js';
import { ListAmendmentsHandler } from './application/list-amendments/list-amendments.handler.js';
import { ListGovernmentsHandler } from './application/list-governments/list-governments.handler.js';
import { LoadRegisterHandler } from './application/load-register/load-register.handler.js';
import { RecordAllocationProposalHandler } from './application/record-allocation-proposal/record-allocation-proposal.handler.js';
import { DecisionRecorder } from './application/record-decision/decision-recorder.js';
import { RecordDecisionHandler } from './application/record-decision/record-decision.handler.js';
import { RegisterGovernmentHandler } from './application/register-government/register-government.handler.js';
import { RejectAmendmentHandler } from './application/reject-amendment/reject-amendment.handler.js';
import { RequestAmendmentHandler } from './application/request-amendment/request-amendment.handler.js';
import { UpdateGovernmentHandler } from './application/update-government/update-government.handler.js';
import { CatalogueLookup } from './domain/catalogue-lookup.js';
import { AllocationProposalRepository } from './infrastructure/allocation-proposal.repository.js';
import { AmendmentRepository } from './infrastructure/amendment.repository.js';
import { ApplicationDecisionRepository } from './infrastructure/application-decision.repository.js';
import { ApplicationRepository } from './infrastructure/application.repository.js';
import { CallRepository } from './infrastructure/call.repository.js';
import { LocalGovernmentRepository } from './infrastructure/local-government.repository.js';
import { CatalogueVersionRepository } from './infrastructure/catalogue-version.repository.js';
import { DatabaseCatalogueLookup } from './infrastructure/database-catalogue-lookup.js';
import { AmendmentsController } from './interface/http/amendments.controller.js';
import { ApplicationDecisionsController } from './interface/http/application-decisions.controller.js';
import { CallDecisionsController } from './interface/http/call-decisions.controller.js';
import { CatalogueController } from './interface/http/catalogue.controller.js';
import { csvBody } from './interface/http/csv-body.middleware.js';
import { GovernmentsController } from './interface/http/governments.controller.js';
import { ProgrammeClockController } from './interface/http/programme-clock.controller.js';
import { MoveProgrammeClockHandler } from './application/move-programme-clock/move-programme-clock.handler.js';
import { BudgetRepliesConsumer } from './interface/kafka/budget-replies.consumer.js';

/** At start: the shipped register, which everything else refers to. */
@Injectable()
class ApplicationsStartup implements OnApplicationBootstrap {
  constructor(private readonly loadRegister: LoadRegisterHandler) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.loadRegister.execute();
  }
}

@Module({})
export class ApplicationsModule implements NestModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: ApplicationsModule,
      controllers: [
        GovernmentsController,
        CatalogueController,
        GroupsController,
        CallsController,
        ApplicationsController,
        CallDecisionsController,
        ApplicationDecisionsController,
        AmendmentsController,
        ProgrammeClockController,
        BudgetRepliesConsumer,
      ],
      providers: [
        RegisterGovernmentHandler,
        UpdateGovernmentHandler,
        ImportGovernmentsHandler,
        ListGovernmentsHandler,
        GetGovernmentHandler,
        LoadRegisterHandler,
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
        GetCatalogueHandler,
        ListCatalogueVersionsHandler,
        PublishCatalogueVersionHandler,
        CatalogueVersionRepository,
        { provide: CatalogueLookup, useClass: DatabaseCatalogueLookup },
        GovernmentGroupRepository,
        GroupRules,
        FormGroupHandler,
        ChangeGroupHandler,
        ListGroupsHandler,
        OpenCallHandler,
        CloseCallHandler,
        CloseDueCallsHandler,
        ListCallsHandler,
        ApplicationViews,
        CreateApplicationHandler,
        SaveApplicationHandler,
        SubmitApplicationHandler,
        ListApplicationsHandler,
        {
          provide: CallClosingPoller,
          useFactory: (closeDueCalls: CloseDueCallsHandler) => new CallClosingPoller(closeDueCalls, config.callClosingIntervalMs),
          inject: [CloseDueCallsHandler],
        },
        MoveProgrammeClockHandler,
        ApplicationsStartup,
      ],
    };
  }

  /** The register import is the one route with a CSV body; every other body is JSON (the platform's parser). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csvBody).forRoutes({ path: 'governments/import', method: RequestMethod.POST });
  }
}
