import {
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ServiceConfig } from '#platform';
import { GetCatalogueHandler } from './application/get-catalogue/get-catalogue.handler.js';
import { ListCatalogueVersionsHandler } from './application/list-catalogue-versions/list-catalogue-versions.handler.js';
import { PublishCatalogueVersionHandler } from './application/publish-catalogue-version/publish-catalogue-version.handler.js';
import { DecideApplicationHandler } from './application/decide-application/decide-application.handler.js';
import { GetGovernmentHandler } from './application/get-government/get-government.handler.js';
import { ImportGovernmentsHandler } from './application/import-governments/import-governments.handler.js';
import { ListGovernmentsHandler } from './application/list-governments/list-governments.handler.js';
import { LoadRegisterHandler } from './application/load-register/load-register.handler.js';
import { RegisterGovernmentHandler } from './application/register-government/register-government.handler.js';
import { SeedDemoDataHandler } from './application/seed-demo-data/seed-demo-data.handler.js';
import { UpdateGovernmentHandler } from './application/update-government/update-government.handler.js';
import { CatalogueLookup } from './domain/catalogue-lookup.js';
import { CatalogueVersionRepository } from './infrastructure/catalogue-version.repository.js';
import { DatabaseCatalogueLookup } from './infrastructure/database-catalogue-lookup.js';
import { DecisionRepository } from './infrastructure/decision.repository.js';
import { LocalGovernmentRepository } from './infrastructure/local-government.repository.js';
import { CatalogueController } from './interface/http/catalogue.controller.js';
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
      controllers: [GovernmentsController, DecisionsController, CatalogueController],
      providers: [
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
        GetCatalogueHandler,
        ListCatalogueVersionsHandler,
        PublishCatalogueVersionHandler,
        CatalogueVersionRepository,
        { provide: CatalogueLookup, useClass: DatabaseCatalogueLookup },
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
