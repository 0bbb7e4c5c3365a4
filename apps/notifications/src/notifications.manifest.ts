import { defineService } from '#platform';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from './notifications.module.js';

export const notificationsManifest = defineService({
  name: 'notifications',
  defaultPort: 3005,
  title: 'Notifications to local governments and ABB',
  module: (config) => NotificationsModule.forRoot(config),
  entities: NOTIFICATIONS_ENTITIES,
  migrations: NOTIFICATIONS_MIGRATIONS,
  consumerGroup: 'notifications',
});
