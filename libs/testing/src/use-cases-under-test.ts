import type { Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { EventEnvelope } from '#contracts';
import { runWithContext, type Actor } from '#observability';
import { loadServiceConfig, serviceRootModule, type ServiceManifest } from '#platform';
import { createTestDatabase } from './test-database.js';

export interface UseCasesUnderTestOptions {
  /** The service, as the registry knows it: its module, entities and migrations. */
  manifest: ServiceManifest;
  /** Names the test database. */
  label: string;
  /** More configuration, as the service would read it from its environment (e.g. ABB_DIGEST_RECIPIENTS). */
  environment?: Record<string, string>;
}

export interface UseCasesUnderTest {
  databaseUrl: string;
  /** A use case, repository or any other provider of the service, wired as in production. */
  get<T>(type: Type<T>): T;
  /** Runs work as a caller would with a token: the audit trail records this actor. */
  as<T>(actor: Actor, work: () => Promise<T>): Promise<T>;
  /** One query on the service's database. */
  query<R extends object>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Every event the use cases appended to the outbox, in outbox order; of one type when given. */
  outbox<P = unknown>(type?: string): Promise<EventEnvelope<P>[]>;
  /** Rows of a table, to show a refused command left nothing behind. */
  count(table: string): Promise<number>;
  stop(): Promise<void>;
}

/** No broker answers here: nothing in this tier may reach Kafka, and nothing does (no relay, no consumer). */
const NO_BROKER = '127.0.0.1:9';

/**
 * The database tier: a service's use cases on a real, freshly migrated PostgreSQL database of their
 * own, with the real repositories, unit of work, outbox writer and audit trail, but without HTTP,
 * relay, consumers or broker. Tests call the handlers as any caller would and assert the state and
 * the outbox rows they wrote. The service module is compiled, not started, so no start-up hook runs
 * (no relay, no mail dispatcher, no demo seeding); migrations run as the service would run them.
 */
export const startUseCasesUnderTest = async ({
  manifest,
  label,
  environment = {},
}: UseCasesUnderTestOptions): Promise<UseCasesUnderTest> => {
  const database = await createTestDatabase(label);
  let moduleRef: TestingModule | undefined;
  try {
    const config = loadServiceConfig(manifest, { ...environment, DATABASE_URL: database.url, KAFKA_BROKERS: NO_BROKER });
    moduleRef = await Test.createTestingModule({ imports: [serviceRootModule(manifest, config)] }).compile();
    const dataSource = moduleRef.get(DataSource);
    // The data source migrates when it connects; running them again is a no-op that makes that explicit.
    await dataSource.runMigrations();
    const compiled = moduleRef;
    const query = <R extends object>(sql: string, params: unknown[] = []): Promise<R[]> => dataSource.query<R[]>(sql, params);
    return {
      databaseUrl: database.url,
      get: <T>(type: Type<T>): T => compiled.get(type, { strict: false }),
      as: <T>(actor: Actor, work: () => Promise<T>): Promise<T> =>
        runWithContext({ correlationId: `test-${label}`, causationId: null, actor }, work),
      query,
      outbox: async <P>(type?: string): Promise<EventEnvelope<P>[]> => {
        const rows = await query<{ envelope: EventEnvelope<P> }>(
          type === undefined
            ? 'SELECT envelope FROM outbox ORDER BY position'
            : 'SELECT envelope FROM outbox WHERE type = $1 ORDER BY position',
          type === undefined ? [] : [type],
        );
        return rows.map((row) => row.envelope);
      },
      count: async (table: string): Promise<number> => {
        if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
        const [row] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
        return row?.count ?? 0;
      },
      stop: async () => {
        await compiled.close();
        await database.drop();
      },
    };
  } catch (error) {
    await moduleRef?.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
};
