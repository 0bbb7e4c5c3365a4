import {
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
import { CatalogueLookup } from './domain/catalogue-lookup.js';
import { ApplicationRepository } from './infrastructure/application.repository.js';
import { CallRepository } from './infrastructure/call.repository.js';
import { GovernmentGroupRepository } from './infrastructure/government-group.repository.js';
import { StaticCatalogueLookup } from './infrastructure/static-catalogue-lookup.js';
import { ApplicationsController } from './interface/http/applications.controller.js';
import { CallsController } from './interface/http/calls.controller.js';
import { GroupsController } from './interface/http/groups.controller.js';
import { CallClosingPoller } from './interface/schedule/call-closing.poller.js';
import { DecideApplicationHandler } from './application/decide-application/decide-application.handler.js';
import { GetGovernmentHandler } from './application/get-government/get-government.handler.js';
import { ImportGovernmentsHandler } from './application/import-governments/import-governments.handler.js';
import { ListGovernmentsHandler } from './application/list-governments/list-governments.handler.js';
import { LoadRegisterHandler } from './application/load-register/load-register.handler.js';
import { RegisterGovernmentHandler } from './application/register-government/register-government.handler.js';
import { SeedDemoDataHandler } from './application/seed-demo-data/seed-demo-data.handler.js';
import { UpdateGovernmentHandler } from './application/update-government/update-government.handler.js';
import { DecisionRepository } from './infrastructure/decision.repository.js';
import { LocalGovernmentRepository } from './infrastructure/local-government.repository.js';
import { csvBody } from './interface/http/csv-body.middleware.js';
import { DecisionsController } from './interface/http/decisions.controller.js';
import { GovernmentsController } from './interface/http/governments.controller.js';

/** At start: the shipped register first (everything else refers to its governments), then the demo data when asked for. */
class ApplicationsStartup implements OnApplicationBootstrap {
  constructor(
    private readonly loadRegister: LoadRegisterHandler,
    private readonly seed: SeedDemoDataHandler,
    private readonly seedDemoData: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.loadRegister.execute();
    if (this.seedDemoData) await this.seed.execute();
  }
}

@Module({})
export class ApplicationsModule implements NestModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: ApplicationsModule,
      controllers: [GovernmentsController, DecisionsController, GroupsController, CallsController, ApplicationsController],
      providers: [
        // The catalogue as shipped, until catalogue versions are kept in the database.
        { provide: CatalogueLookup, useClass: StaticCatalogueLookup },
        GovernmentGroupRepository,
        CallRepository,
        ApplicationRepository,
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
        RegisterGovernmentHandler,
        UpdateGovernmentHandler,
        ImportGovernmentsHandler,
        ListGovernmentsHandler,
        GetGovernmentHandler,
        LoadRegisterHandler,
        DecideApplicationHandler,
        SeedDemoDataHandler,
        LocalGovernmentRepository,
        DecisionRepository,
        {
          provide: ApplicationsStartup,
          useFactory: (loadRegister: LoadRegisterHandler, seed: SeedDemoDataHandler) =>
            new ApplicationsStartup(loadRegister, seed, config.seedDemoData),
          inject: [LoadRegisterHandler, SeedDemoDataHandler],
        },
      ],
    };
  }

  /** The register import is the one route with a CSV body; every other body is JSON (the platform's parser). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csvBody).forRoutes({ path: 'governments/import', method: RequestMethod.POST });
  }
}
