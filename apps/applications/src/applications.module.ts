import { Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '#platform';
import { DecideApplicationHandler } from './application/decide-application/decide-application.handler.js';
import { ListGovernmentsHandler } from './application/list-governments/list-governments.handler.js';
import { RegisterGovernmentHandler } from './application/register-government/register-government.handler.js';
import { SeedDemoDataHandler } from './application/seed-demo-data/seed-demo-data.handler.js';
import { DecisionEntity } from './infrastructure/decision.entity.js';
import { DecisionRepository } from './infrastructure/decision.repository.js';
import { LocalGovernmentEntity } from './infrastructure/local-government.entity.js';
import { LocalGovernmentRepository } from './infrastructure/local-government.repository.js';
import { CreateApplicationsTables1763800001000 } from './infrastructure/migrations/1763800001000-create-applications-tables.js';
import { RecordDecisionCatalogueVersion1764680000000 } from './infrastructure/migrations/1764680000000-record-decision-catalogue-version.js';
import { DecisionsController } from './interface/http/decisions.controller.js';
import { GovernmentsController } from './interface/http/governments.controller.js';

export const APPLICATIONS_ENTITIES = [LocalGovernmentEntity, DecisionEntity];
export const APPLICATIONS_MIGRATIONS = [CreateApplicationsTables1763800001000, RecordDecisionCatalogueVersion1764680000000];

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
      imports: [PlatformModule.forService({ config, entities: APPLICATIONS_ENTITIES, migrations: APPLICATIONS_MIGRATIONS })],
      controllers: [GovernmentsController, DecisionsController],
      providers: [
        RegisterGovernmentHandler,
        DecideApplicationHandler,
        ListGovernmentsHandler,
        SeedDemoDataHandler,
        LocalGovernmentRepository,
        DecisionRepository,
        { provide: DemoDataSeeder, useFactory: (seed: SeedDemoDataHandler) => new DemoDataSeeder(seed, config.seedDemoData), inject: [SeedDemoDataHandler] },
      ],
    };
  }
}
