import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { ApplicationsModule } from './applications.module.js';

const config = loadServiceConfig('applications');
await startService(ApplicationsModule.forRoot(config), config, { consumes: false });
