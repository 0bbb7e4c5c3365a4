import { defineService } from '#platform';
import { ApplicationsModule } from './applications.module.js';
import { AllocationProposalEntity } from './infrastructure/allocation-proposal.entity.js';
import { AmendmentEntity } from './infrastructure/amendment.entity.js';
import { ApplicationDecisionEntity } from './infrastructure/application-decision.entity.js';
import { ApplicationEntity } from './infrastructure/application.entity.js';
import { CatalogueVersionEntity } from './infrastructure/catalogue-version.entity.js';
import { CallEntity } from './infrastructure/call.entity.js';
import { GovernmentGroupEntity } from './infrastructure/government-group.entity.js';
import { LocalGovernmentEntity } from './infrastructure/local-government.entity.js';
import { CreateApplicationsTables1763800001000 } from './infrastructure/migrations/1763800001000-create-applications-tables.js';
import { DecisionCatalogueVersion1763800001001 } from './infrastructure/migrations/1763800001001-decision-catalogue-version.js';
import { RegisterCallsApplications1763800001002 } from './infrastructure/migrations/1763800001002-register-calls-applications.js';
import { GovernmentGroups1763800001200 } from './infrastructure/migrations/1763800001200-government-groups.js';
import { CreateCatalogueVersions1763800001300 } from './infrastructure/migrations/1763800001300-create-catalogue-versions.js';
import { DecisionsAmendmentsProposals1763800001400 } from './infrastructure/migrations/1763800001400-decisions-amendments-proposals.js';

export const applicationsManifest = defineService({
  name: 'applications',
  defaultPort: 3001,
  title: 'Calls, applications, decisions and the register of local governments',
  module: (config) => ApplicationsModule.forRoot(config),
  entities: [
    LocalGovernmentEntity,
    CallEntity,
    ApplicationEntity,
    ApplicationDecisionEntity,
    AmendmentEntity,
    AllocationProposalEntity,
    CatalogueVersionEntity,
    GovernmentGroupEntity,
  ],
  migrations: [
    CreateApplicationsTables1763800001000,
    DecisionCatalogueVersion1763800001001,
    RegisterCallsApplications1763800001002,
    GovernmentGroups1763800001200,
    CreateCatalogueVersions1763800001300,
    DecisionsAmendmentsProposals1763800001400,
  ],
  // Budgeting's answers: allocation proposals, and commitments or refusals of decisions.
  consumerGroup: 'applications',
});
