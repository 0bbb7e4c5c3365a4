import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { reportingManifest } from './reporting.manifest.js';

await startService(reportingManifest, loadServiceConfig(reportingManifest));
