import 'reflect-metadata';
import { loadServiceConfig, startService } from '#platform';
import { BudgetingModule } from './budgeting.module.js';

const config = loadServiceConfig('budgeting');
await startService(BudgetingModule.forRoot(config), config, { consumes: true });
