import { defineService } from '#platform';
import { ReportingModule, REPORTING_ENTITIES, REPORTING_MIGRATIONS } from './reporting.module.js';

export const reportingManifest = defineService({
  name: 'reporting',
  defaultPort: 3003,
  title: 'Result reports, aggregation and target checks',
  module: (config) => ReportingModule.forRoot(config),
  entities: REPORTING_ENTITIES,
  migrations: REPORTING_MIGRATIONS,
  // Reads its own report-submitted events back, so aggregation can be rebuilt from the log.
  consumerGroup: 'reporting',
});
