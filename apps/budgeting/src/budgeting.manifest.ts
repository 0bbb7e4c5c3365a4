import { defineService } from '#platform';
import { BudgetingModule, BUDGETING_ENTITIES, BUDGETING_MIGRATIONS } from './budgeting.module.js';

export const budgetingManifest = defineService({
  name: 'budgeting',
  defaultPort: 3002,
  title: 'Programme budget, allocations, commitments and payments',
  module: (config) => BudgetingModule.forRoot(config),
  entities: BUDGETING_ENTITIES,
  migrations: BUDGETING_MIGRATIONS,
  // Reads targets-committed; government-registered will matter once payments need an IBAN (a later issue).
  consumerGroup: 'budgeting',
});
