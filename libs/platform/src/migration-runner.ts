import { Logger } from '@nestjs/common';
import { DataSource, type DataSourceOptions, type Migration } from 'typeorm';

/**
 * The advisory lock every instance of a service holds while it migrates its database
 * (docs/architecture.md, "Migrations"). Two 32-bit keys: that key space never overlaps the one of
 * single-key locks, and advisory locks are per database, so each service's database has its own.
 */
export const MIGRATION_LOCK = { namespace: 0x4d494752, key: 0 } as const; // 'MIGR'

const logger = new Logger('Migrations');

/**
 * Runs the pending migrations while holding the migration lock, so instances that start at once
 * migrate one after the other: the first applies them, the others then find nothing pending.
 * TypeORM's own `migrationsRun` takes no lock; two instances would both create the migrations table
 * and run the same migrations (one fails, or a data migration is applied twice).
 */
export const runMigrationsUnderLock = async (dataSource: DataSource): Promise<Migration[]> => {
  // A session lock on a connection of its own: it must be held from before TypeORM first looks for
  // its migrations table until the migrations' transaction has committed. A crashed instance's
  // session ends, and the lock with it.
  const lockSession = dataSource.createQueryRunner();
  await lockSession.connect();
  try {
    const [{ locked }] = (await lockSession.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [
      MIGRATION_LOCK.namespace,
      MIGRATION_LOCK.key,
    ])) as [{ locked: boolean }];
    if (!locked) {
      logger.log('another instance is migrating this database; waiting for it');
      await lockSession.query('SELECT pg_advisory_lock($1, $2)', [MIGRATION_LOCK.namespace, MIGRATION_LOCK.key]);
    }
    try {
      const applied = await dataSource.runMigrations();
      if (applied.length > 0)
        logger.log(`applied ${applied.length} migration(s): ${applied.map((migration) => migration.name).join(', ')}`);
      return applied;
    } finally {
      await lockSession.query('SELECT pg_advisory_unlock($1, $2)', [MIGRATION_LOCK.namespace, MIGRATION_LOCK.key]);
    }
  } finally {
    await lockSession.release();
  }
};

/** A connected data source whose database is migrated (under the migration lock): what a service runs on. */
export const openMigratedDataSource = async (options: DataSourceOptions): Promise<DataSource> => {
  const dataSource = await new DataSource({ ...options, migrationsRun: false }).initialize();
  try {
    await runMigrationsUnderLock(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
};
