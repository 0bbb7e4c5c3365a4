import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type DataSourceOptions, type MigrationInterface, type QueryRunner } from 'typeorm';
import { applicationsManifest } from '../apps/applications/src/applications.manifest.js';
import { databaseOptions, MIGRATION_LOCK, openMigratedDataSource, startService } from '#platform';
import {
  createTestDatabase,
  createTestIssuer,
  createTestTopics,
  eventually,
  queryDatabase,
  request,
  serviceUrl,
  testBrokers,
  testServiceConfig,
  type TestDatabase,
  type TestIssuer,
} from '#testing';

/**
 * Two instances starting at once must both check for the migrations table before either has made it,
 * which a test cannot leave to timing. A third session holds an uncommitted `migrations` table: each
 * instance finds no table and then waits on its own CREATE TABLE (or, with the lock, on the lock)
 * until the gate rolls back, and then they go on at the same moment.
 */
const holdMigrationsTable = async (url: string): Promise<{ release(): Promise<void> }> => {
  const gate = new pg.Client({ connectionString: url });
  await gate.connect();
  await gate.query('BEGIN');
  await gate.query('CREATE TABLE migrations (id integer)');
  return {
    release: async () => {
      await gate.query('ROLLBACK');
      await gate.end();
    },
  };
};

/**
 * Holds the migrations table locked, so instances that come to read which migrations ran
 * all wait there and then read at the same moment.
 */
const lockMigrationsTable = async (url: string): Promise<{ release(): Promise<void> }> => {
  const gate = new pg.Client({ connectionString: url });
  await gate.connect();
  await gate.query('BEGIN');
  await gate.query('LOCK TABLE migrations IN ACCESS EXCLUSIVE MODE');
  return {
    release: async () => {
      await gate.query('COMMIT');
      await gate.end();
    },
  };
};

/** A data migration, the kind that must never run twice: it adds a row each time it runs. */
class RecordRun1763899999999 implements MigrationInterface {
  name = 'RecordRun1763899999999';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('INSERT INTO migration_run DEFAULT VALUES');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM migration_run');
  }
}

/** A database migrated up to today, and the options of a release that brings RecordRun1763899999999. */
const databaseWithPendingDataMigration = async (database: TestDatabase): Promise<DataSourceOptions> => {
  const today = databaseOptions({
    service: 'applications',
    databaseUrl: database.url,
    entities: [...applicationsManifest.entities],
    migrations: [...applicationsManifest.migrations],
  });
  await (await openMigratedDataSource(today)).destroy();
  await queryDatabase(database.url, 'CREATE TABLE migration_run (id serial PRIMARY KEY)');
  return databaseOptions({
    service: 'applications',
    databaseUrl: database.url,
    entities: [...applicationsManifest.entities],
    migrations: [...applicationsManifest.migrations, RecordRun1763899999999],
  });
};

const runsRecorded = async (url: string): Promise<{ runs: number; recorded: number }> => {
  const [row] = await queryDatabase<{ runs: number; recorded: number }>(
    url,
    `SELECT (SELECT count(*) FROM migration_run)::int AS runs,
            (SELECT count(*) FROM migrations WHERE name = 'RecordRun1763899999999')::int AS recorded`,
  );
  return row!;
};

/** The sessions on this database that wait for a lock, with what they wait for. */
const waitingSessions = (url: string): Promise<{ waiting_for: string }[]> =>
  queryDatabase<{ waiting_for: string }>(
    url,
    `SELECT l.locktype AS waiting_for FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid AND NOT l.granted
      WHERE a.datname = current_database() ORDER BY l.locktype`,
  );

/** The class names, which TypeORM records as the migrations' names. */
const expectedMigrations = (): string[] =>
  (
    databaseOptions({
      service: 'applications',
      databaseUrl: 'postgres://unused',
      entities: [],
      migrations: [...applicationsManifest.migrations],
    }).migrations as { name: string }[]
  )
    .map((migration) => migration.name)
    .sort();

describe('migrations at start-up, two instances of a service at once', () => {
  const databases: TestDatabase[] = [];
  let issuer: TestIssuer;
  let prefix: string;

  beforeAll(async () => {
    issuer = await createTestIssuer();
    prefix = await createTestTopics(testBrokers(), 'migration_lock', []);
  });

  afterAll(async () => {
    await issuer?.stop();
    for (const database of databases) await database.drop();
  });

  it('both services come up on a schema migrated once: the second waits for the migration lock', async () => {
    const database = await createTestDatabase('migration_lock');
    databases.push(database);
    const config = testServiceConfig(applicationsManifest, { databaseUrl: database.url, brokers: testBrokers(), prefix, issuer });
    const gate = await holdMigrationsTable(database.url);
    const apps: INestApplication[] = [];
    const starts = [1, 2].map(async () => {
      const app = await startService(applicationsManifest, config, { port: 0 });
      apps.push(app);
      return app;
    });
    try {
      // One instance holds the lock and waits on the gate; the other waits for the lock.
      await eventually(async () =>
        expect(await waitingSessions(database.url)).toEqual([{ waiting_for: 'advisory' }, { waiting_for: 'transactionid' }]),
      );
      await gate.release();
      const started = await Promise.all(starts);
      for (const app of started) expect((await request('GET', `${serviceUrl(app)}/health/ready`)).status).toBe(200);
      const applied = await queryDatabase<{ name: string }>(database.url, 'SELECT name FROM migrations ORDER BY name');
      expect(applied.map((row) => row.name)).toEqual(expectedMigrations());
      const lockHeld = await queryDatabase(
        database.url,
        "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = $2",
        [MIGRATION_LOCK.namespace, MIGRATION_LOCK.key],
      );
      expect(lockHeld).toEqual([]);
    } finally {
      await Promise.allSettled(starts);
      for (const app of apps) await app.close();
    }
  });

  it('a pending data migration runs once when two instances of a new release start at once', async () => {
    const database = await createTestDatabase('migration_data_lock');
    databases.push(database);
    const release = await databaseWithPendingDataMigration(database);
    const gate = await lockMigrationsTable(database.url);
    const starts = [1, 2].map(() => openMigratedDataSource(release));
    try {
      await eventually(async () =>
        expect(await waitingSessions(database.url)).toEqual([{ waiting_for: 'advisory' }, { waiting_for: 'relation' }]),
      );
      await gate.release();
      await Promise.all(starts);
      expect(await runsRecorded(database.url)).toEqual({ runs: 1, recorded: 1 });
    } finally {
      for (const outcome of await Promise.allSettled(starts)) if (outcome.status === 'fulfilled') await outcome.value.destroy();
    }
  });

  it('without the lock (TypeORM migrationsRun, as before) that data migration runs twice, silently', async () => {
    const database = await createTestDatabase('migration_data_nolock');
    databases.push(database);
    const release = { ...(await databaseWithPendingDataMigration(database)), migrationsRun: true };
    const gate = await lockMigrationsTable(database.url);
    const starts = [1, 2].map(() => new DataSource(release).initialize());
    try {
      await eventually(async () =>
        expect(await waitingSessions(database.url)).toEqual([{ waiting_for: 'relation' }, { waiting_for: 'relation' }]),
      );
      await gate.release();
      await Promise.all(starts);
      expect(await runsRecorded(database.url)).toEqual({ runs: 2, recorded: 2 });
    } finally {
      for (const outcome of await Promise.allSettled(starts)) if (outcome.status === 'fulfilled') await outcome.value.destroy();
    }
  });

  it('without the lock (TypeORM migrationsRun, as before) a start on a fresh database fails for one of the two', async () => {
    const database = await createTestDatabase('migration_nolock');
    databases.push(database);
    const options = {
      ...databaseOptions({
        service: 'applications',
        databaseUrl: database.url,
        entities: [...applicationsManifest.entities],
        migrations: [...applicationsManifest.migrations],
      }),
      migrationsRun: true,
    };
    const gate = await holdMigrationsTable(database.url);
    const starts = [1, 2].map(() => new DataSource(options).initialize());
    try {
      await eventually(async () =>
        expect(await waitingSessions(database.url)).toEqual([{ waiting_for: 'transactionid' }, { waiting_for: 'transactionid' }]),
      );
      await gate.release();
      const outcomes = await Promise.allSettled(starts);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const failure = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(String(failure?.reason)).toMatch(/duplicate key value violates unique constraint|already exists/);
    } finally {
      for (const outcome of await Promise.allSettled(starts)) if (outcome.status === 'fulfilled') await outcome.value.destroy();
    }
  });
});
