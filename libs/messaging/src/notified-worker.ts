import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { describeError } from './retry-policy.js';

const RECONNECT_MS = 2_000;

/** The part of a pg client the worker uses; pg.Client satisfies it, unit tests pass a stand-in. */
export interface ListenerClient {
  on(event: 'notification', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  connect(): Promise<unknown>;
  query(sql: string): Promise<unknown>;
  end(): Promise<unknown>;
}

export interface WorkerLogger {
  warn(message: string): void;
  error(message: string): void;
}

export interface NotifiedWorkerOptions {
  /** Names the worker in log lines, e.g. 'outbox relay'. */
  name: string;
  connection: pg.ClientConfig;
  /** The channel written with pg_notify in the transaction that leaves work behind. */
  channel: string;
  /** Safety-net poll for missed notifications, restarts and work that becomes due later. */
  pollIntervalMs: number;
  /** Handles one batch and returns how many items it handled; the worker loops while that is above 0. */
  work: () => Promise<number>;
  /** Runs after every drain, also a failed one (e.g. to refresh a backlog gauge). */
  afterDrain?: () => Promise<void>;
  logger: WorkerLogger;
  createClient?: (config: pg.ClientConfig) => ListenerClient;
}

const newPgClient = (config: pg.ClientConfig): ListenerClient => new pg.Client(config);

/** Client config for a dedicated connection (LISTEN needs one of its own) to the DataSource's database. */
export const pgClientConfig = (dataSource: DataSource, applicationName: string): pg.ClientConfig => {
  const options = dataSource.options as PostgresDataSourceOptions;
  const password = typeof options.password === 'function' ? undefined : options.password;
  return options.url
    ? { connectionString: options.url, application_name: applicationName }
    : {
        host: options.host,
        port: options.port,
        user: options.username,
        password,
        database: options.database,
        application_name: applicationName,
      };
};

/**
 * Runs `work` until nothing is left whenever it is woken: by NOTIFY on a channel (on a dedicated
 * connection that is re-established when it drops), by a slow poll, or by wake(). One drain at a
 * time; a wake during a drain makes another drain follow, so no notification is lost.
 */
export class NotifiedWorker {
  private listener?: ListenerClient;
  private reconnectTimer?: NodeJS.Timeout;
  private pollTimer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private wokenWhileDraining = false;
  private running = false;

  constructor(private readonly options: NotifiedWorkerOptions) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.pollTimer = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.wake();
  }

  /** Stops waking up and waits for a batch in flight, so its commit is not cut off. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    await this.draining;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Works until nothing is left (or the work fails); for tests and tools. */
  async drainNow(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
  }

  wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wokenWhileDraining = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) => this.options.logger.error(`${this.options.name}: ${describeError(error)}`))
      .finally(() => {
        this.draining = undefined;
        if (this.wokenWhileDraining) {
          this.wokenWhileDraining = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    try {
      while (this.running && (await this.options.work()) > 0);
    } finally {
      await this.options.afterDrain?.();
    }
  }

  /** Opens a listening connection; a failure is handled here (polling goes on, a reconnect follows), never thrown. */
  private async listen(): Promise<void> {
    let client: ListenerClient | undefined;
    try {
      client = (this.options.createClient ?? newPgClient)(this.options.connection);
      const listening = client;
      listening.on('notification', () => this.wake());
      // Before connect: pg reports a connection ended by the server (57P01) as an 'error' event at any moment.
      listening.on('error', (error) => this.onListenerFailure(listening, error));
      this.listener = listening;
      await listening.connect();
      // Quoted: a channel name is an identifier, not SQL.
      await listening.query(`LISTEN ${pg.escapeIdentifier(this.options.channel)}`);
    } catch (error) {
      this.onListenerFailure(client, error);
      return;
    }
    // Work left while we were not listening.
    this.wake();
  }

  private onListenerFailure(client: ListenerClient | undefined, error: unknown): void {
    void client?.end().catch(() => undefined);
    // A client already given up (a second error, or the failed connect of the same loss) changes nothing;
    // above all it must not end the connection that replaced it.
    if (client !== undefined && client !== this.listener) return;
    this.listener = undefined;
    if (!this.running) return;
    this.options.logger.warn(`${this.options.name} listener connection lost (${describeError(error)}); polling until it is back`);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      if (this.running) void this.listen();
    }, RECONNECT_MS);
  }
}
