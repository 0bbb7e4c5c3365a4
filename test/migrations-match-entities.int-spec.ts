import { afterAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { SERVICES } from '../apps/service-registry.js';
import { databaseOptions } from '#platform';
import { createTestDatabase, type TestDatabase } from '#testing';

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

  it.each(SERVICES.map((manifest) => [manifest.name, manifest] as const))(
    '%s: the migrated schema is what the entities describe, and it rolls back',
    async (service, manifest) => {
      const database = await createTestDatabase(`schema_${service}`);
      databases.push(database);
      const { entities, migrations } = manifest;
      const dataSource = new DataSource({
        ...databaseOptions({ service, databaseUrl: database.url, entities: [...entities], migrations: [...migrations] }),
        migrationsRun: false,
      });
      await dataSource.initialize();
      try {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        expect(applied).toHaveLength(migrations.length + 3);
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
    },
  );
});
