import { afterAll, describe, expect, it } from '@jest/globals';
import type { Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APPLICATIONS_ENTITIES, APPLICATIONS_MIGRATIONS } from '../apps/applications/src/applications.module.js';
import { BUDGETING_ENTITIES, BUDGETING_MIGRATIONS } from '../apps/budgeting/src/budgeting.module.js';
import { MENTORSHIPS_ENTITIES, MENTORSHIPS_MIGRATIONS } from '../apps/mentorships/src/mentorships.module.js';
import { NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '../apps/notifications/src/notifications.module.js';
import { REPORTING_ENTITIES, REPORTING_MIGRATIONS } from '../apps/reporting/src/reporting.module.js';
import { databaseOptions } from '#platform';
import { createTestDatabase, type TestDatabase } from '#testing';

const SCHEMAS: Record<string, { entities: Type[]; migrations: Type[] }> = {
  applications: { entities: APPLICATIONS_ENTITIES, migrations: APPLICATIONS_MIGRATIONS },
  budgeting: { entities: BUDGETING_ENTITIES, migrations: BUDGETING_MIGRATIONS },
  reporting: { entities: REPORTING_ENTITIES, migrations: REPORTING_MIGRATIONS },
  mentorships: { entities: MENTORSHIPS_ENTITIES, migrations: MENTORSHIPS_MIGRATIONS },
  notifications: { entities: NOTIFICATIONS_ENTITIES, migrations: NOTIFICATIONS_MIGRATIONS },
};

/**
 * The schema is built by migrations only (never synchronised), so the entities must describe exactly
 * what the migrations create: after every migration, TypeORM must find nothing left to change.
 * Each migration must also roll back cleanly.
 */
describe('migrations match the entities', () => {
  const databases: TestDatabase[] = [];

  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it.each(Object.keys(SCHEMAS))('%s: the migrated schema is what the entities describe, and it rolls back', async (service) => {
    const database = await createTestDatabase(`schema_${service}`);
    databases.push(database);
    const { entities, migrations } = SCHEMAS[service]!;
    const dataSource = new DataSource({ ...databaseOptions({ service, databaseUrl: database.url, entities, migrations }), migrationsRun: false });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(migrations.length + 2);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      for (let undone = 0; undone < applied.length; undone += 1) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
      );
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
