import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { budgetingManifest } from './budgeting.manifest.js';

await startService(budgetingManifest, loadServiceConfig(budgetingManifest));
