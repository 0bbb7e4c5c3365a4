import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { NotificationsModule } from './notifications.module.js';

const config = loadServiceConfig('notifications');
await startService(NotificationsModule.forRoot(config), config, { consumes: true });
