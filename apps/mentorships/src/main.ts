import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { MentorshipsModule } from './mentorships.module.js';

const config = loadServiceConfig('mentorships');
await startService(MentorshipsModule.forRoot(config), config, { consumes: true });
