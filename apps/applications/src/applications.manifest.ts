import { defineService } from '#platform';
import { ApplicationsModule } from './applications.module.js';
import { DecisionEntity } from './infrastructure/decision.entity.js';
import { ApplicationEntity } from './infrastructure/application.entity.js';
import { CallEntity } from './infrastructure/call.entity.js';
import { GovernmentGroupEntity } from './infrastructure/government-group.entity.js';
import { LocalGovernmentEntity } from './infrastructure/local-government.entity.js';
import { CreateApplicationsTables1763800001000 } from './infrastructure/migrations/1763800001000-create-applications-tables.js';
import { DecisionCatalogueVersion1763800001001 } from './infrastructure/migrations/1763800001001-decision-catalogue-version.js';
import { RegisterCallsApplications1763800001002 } from './infrastructure/migrations/1763800001002-register-calls-applications.js';
import { GovernmentGroups1763800001200 } from './infrastructure/migrations/1763800001200-government-groups.js';

export const applicationsManifest = defineService({
  name: 'applications',
  defaultPort: 3001,
  title: 'Calls, applications, decisions and the register of local governments',
  module: (config) => ApplicationsModule.forRoot(config),
  entities: [LocalGovernmentEntity, DecisionEntity, CallEntity, ApplicationEntity, GovernmentGroupEntity],
  migrations: [
    CreateApplicationsTables1763800001000,
    DecisionCatalogueVersion1763800001001,
    RegisterCallsApplications1763800001002,
    GovernmentGroups1763800001200,
  ],
});
