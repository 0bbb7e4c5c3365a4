import { defineService } from '#platform';
import { ApplicationsModule, APPLICATIONS_ENTITIES, APPLICATIONS_MIGRATIONS } from './applications.module.js';

export const applicationsManifest = defineService({
  name: 'applications',
  defaultPort: 3001,
  title: 'Calls, applications, decisions and the register of local governments',
  module: (config) => ApplicationsModule.forRoot(config),
  entities: APPLICATIONS_ENTITIES,
  migrations: APPLICATIONS_MIGRATIONS,
});
