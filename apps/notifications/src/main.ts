import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { notificationsManifest } from './notifications.manifest.js';

await startService(notificationsManifest, loadServiceConfig(notificationsManifest));
