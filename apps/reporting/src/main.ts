import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { ReportingModule } from './reporting.module.js';

const config = loadServiceConfig('reporting');
await startService(ReportingModule.forRoot(config), config, { consumes: true });
