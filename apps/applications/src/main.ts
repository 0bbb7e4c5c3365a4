import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { applicationsManifest } from './applications.manifest.js';

await startService(applicationsManifest, loadServiceConfig(applicationsManifest));
