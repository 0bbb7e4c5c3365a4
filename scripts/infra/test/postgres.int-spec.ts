import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../kafka-broker.js';
import { canConnect, ensureDatabase, ensurePostgres, ROOT_EMBEDDED_BASE, type PostgresHandle } from '../postgres.js';

const query = async (url: string, sql: string): Promise<unknown[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

describe('PostgreSQL for npm start and the tests', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('uses the server this run was given (DATABASE_ADMIN_URL from globalSetup)', async () => {
    expect(process.env.DATABASE_ADMIN_URL).toBeDefined();
    const postgres = await ensurePostgres();
    expect(postgres).toMatchObject({ adminUrl: process.env.DATABASE_ADMIN_URL, embedded: false });
  });

  it('creates a database once and hands out its URL', async () => {
    const adminUrl = process.env.DATABASE_ADMIN_URL!;
    const name = `samenleven_test_ensure_${randomBytes(4).toString('hex')}`;
    cleanups.push(async () => void (await query(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
    const [url, again] = await Promise.all([ensureDatabase(adminUrl, name), ensureDatabase(adminUrl, name)]);
    expect(again).toBe(url);
    expect(new URL(url).pathname).toBe(`/${name}`);
    expect(await query(url, 'SELECT current_database() AS name')).toEqual([{ name }]);
    await expect(ensureDatabase(adminUrl, 'bad; DROP')).rejects.toThrow('unusual database name');
  });

  it('starts an embedded server when the configured one does not answer, from a folder only its owner can enter', async () => {
    // Mode 0700, like root's home or any `mktemp -d`: under root the server runs as the system user
    // postgres, who cannot enter it, so the server's binaries and data must live elsewhere.
    const dir = await mkdtemp(path.join(tmpdir(), 'samenleven-embedded-pg-'));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const closedPort = await freePort();
    const embeddedPort = await freePort();
    const lines: string[] = [];
    const postgres: PostgresHandle = await ensurePostgres({
      adminUrl: `postgres://postgres@127.0.0.1:${closedPort}/postgres`,
      embeddedDir: path.join(dir, 'data'),
      embeddedPort,
      log: (line) => lines.push(line),
    });
    cleanups.push(() => postgres.stop());
    if (postgres.dataDir !== undefined && !postgres.dataDir.startsWith(dir))
      cleanups.push(() => rm(postgres.dataDir!, { recursive: true, force: true }));
    expect(postgres.embedded).toBe(true);
    // Under root the data moves to a place the postgres user can reach; anyone else keeps it where asked.
    expect(postgres.dataDir).toEqual(process.getuid?.() === 0 ? expect.stringContaining(ROOT_EMBEDDED_BASE) : path.join(dir, 'data'));
    expect(lines.join('\n')).toContain(`does not answer on 127.0.0.1:${closedPort}`);
    const url = await ensureDatabase(postgres.adminUrl, 'samenleven_applications');
    expect(await query(url, 'SELECT current_database() AS name')).toEqual([{ name: 'samenleven_applications' }]);
    await postgres.stop();
    expect(await canConnect(postgres.adminUrl, 1_000)).toBe(false);
  });
});
