/** What CachedConnection needs of a client; kafkajs' Producer and Admin satisfy it. */
export interface Connectable {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * Whether a client may be left unusable by the error of a call through it. kafkajs marks errors it has
 * given up on (retries exhausted, or not retriable at all) with `retriable: false`; after such a send
 * failure an idempotent producer can stay broken (kafkajs issue #598), so it is replaced.
 */
export const isFailedForGood = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === false;

/**
 * One client connected on first use and shared. A failed connect is forgotten so the next caller
 * tries again; `use` replaces the client when a call through it fails for good.
 */
export class CachedConnection<C extends Connectable> {
  private connection?: Promise<C>;

  constructor(
    private readonly create: () => C,
    private readonly onDisconnectError: (error: unknown) => void = () => undefined,
    private readonly shouldReset: (error: unknown) => boolean = isFailedForGood,
  ) {}

  get(): Promise<C> {
    if (this.connection) return this.connection;
    const client = this.create();
    const connection: Promise<C> = client.connect().then(
      () => client,
      (error: unknown) => {
        // The next caller tries again instead of inheriting a failed connection forever.
        if (this.connection === connection) this.connection = undefined;
        throw error;
      },
    );
    this.connection = connection;
    return connection;
  }

  /** Runs work with the client; after an error that may have left it unusable the next use gets a fresh one. */
  async use<T>(work: (client: C) => Promise<T>): Promise<T> {
    const connection = this.get();
    const client = await connection;
    try {
      return await work(client);
    } catch (error) {
      if (this.shouldReset(error) && this.connection === connection) {
        this.connection = undefined;
        await client.disconnect().catch(this.onDisconnectError);
      }
      throw error;
    }
  }

  /** Disconnects the current client, if any; the next get() connects a new one. */
  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    const client = await connection?.catch(() => undefined);
    await client?.disconnect().catch(this.onDisconnectError);
  }
}
