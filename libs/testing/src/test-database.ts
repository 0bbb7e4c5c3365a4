import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const PREFIX = 'samenleven_test_';
/** PostgreSQL cuts identifiers at 63 bytes; the label is cut instead, so the name stays parseable. */
const MAX_NAME = 63;

const adminUrl = (): string => process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** One short-lived connection for a piece of work (databases made and dropped, a count read), closed whatever happens. */
export const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  // A session ended by the server (a test dropping connections) also fails the query; the event alone would end the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const withAdmin = <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => withClient(adminUrl(), work);

/** One query on a service's database, to look behind its API in a test or benchmark. */
export const queryDatabase = async <R extends object>(url: string, sql: string, params: unknown[] = []): Promise<R[]> =>
  withClient(url, async (client) => (await client.query<R>(sql, params)).rows);

/** `samenleven_test_<created, base 36 seconds>_<random>_<label>`: the creation time lets a later run clean up after a killed one. */
export const testDatabaseName = (label: string, now = Date.now()): string => {
  const stem = `${PREFIX}${Math.floor(now / 1000).toString(36)}_${randomBytes(4).toString('hex')}_`;
  return `${stem}${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`.slice(0, MAX_NAME);
};

/** When the database of that name was created, or undefined for a name this module did not make. */
export const testDatabaseCreatedAt = (name: string): number | undefined => {
  const match = /^samenleven_test_([0-9a-z]+)_[0-9a-f]{8}_/.exec(name);
  return match ? parseInt(match[1]!, 36) * 1000 : undefined;
};

/** A fresh, empty database on the real PostgreSQL server, so each test file starts clean and runs every migration. */
export const createTestDatabase = async (label: string): Promise<TestDatabase> => {
  const name = testDatabaseName(label);
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
};

/**
 * Drops test databases left behind by runs that were killed before their clean-up, once they are
 * old enough that no run still going can own them. Returns the names dropped.
 */
export const dropStaleTestDatabases = async (olderThanMs: number, now = Date.now()): Promise<string[]> =>
  withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}%`]);
    const stale = rows
      .map((row) => row.datname)
      .filter((name) => {
        const createdAt = testDatabaseCreatedAt(name);
        return createdAt !== undefined && now - createdAt > olderThanMs;
      });
    for (const name of stale) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return stale;
  });
