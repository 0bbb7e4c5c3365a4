import { Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import type { ServiceConfig } from '#platform';
import { GetCatalogueHandler } from './application/get-catalogue/get-catalogue.handler.js';
import { ListCatalogueVersionsHandler } from './application/list-catalogue-versions/list-catalogue-versions.handler.js';
import { PublishCatalogueVersionHandler } from './application/publish-catalogue-version/publish-catalogue-version.handler.js';
import { DecideApplicationHandler } from './application/decide-application/decide-application.handler.js';
import { ListGovernmentsHandler } from './application/list-governments/list-governments.handler.js';
import { RegisterGovernmentHandler } from './application/register-government/register-government.handler.js';
import { SeedDemoDataHandler } from './application/seed-demo-data/seed-demo-data.handler.js';
import { CatalogueLookup } from './domain/catalogue-lookup.js';
import { CatalogueVersionRepository } from './infrastructure/catalogue-version.repository.js';
import { DatabaseCatalogueLookup } from './infrastructure/database-catalogue-lookup.js';
import { DecisionRepository } from './infrastructure/decision.repository.js';
import { LocalGovernmentRepository } from './infrastructure/local-government.repository.js';
import { CatalogueController } from './interface/http/catalogue.controller.js';
import { DecisionsController } from './interface/http/decisions.controller.js';
import { GovernmentsController } from './interface/http/governments.controller.js';

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
      controllers: [GovernmentsController, DecisionsController, CatalogueController],
      providers: [
        RegisterGovernmentHandler,
        DecideApplicationHandler,
        ListGovernmentsHandler,
        SeedDemoDataHandler,
        LocalGovernmentRepository,
        DecisionRepository,
        GetCatalogueHandler,
        ListCatalogueVersionsHandler,
        PublishCatalogueVersionHandler,
        CatalogueVersionRepository,
        { provide: CatalogueLookup, useClass: DatabaseCatalogueLookup },
        {
          provide: DemoDataSeeder,
          useFactory: (seed: SeedDemoDataHandler) => new DemoDataSeeder(seed, config.seedDemoData),
          inject: [SeedDemoDataHandler],
        },
      ],
    };
  }
}
