/** A dependency the service needs before it can take traffic (database, Kafka). Throws when not ready. */
export type ReadinessCheck = () => Promise<void>;

/** Modules register their checks here; `/health/ready` runs them all. */
export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  async run(): Promise<Record<string, { ok: boolean; error?: string }>> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        try {
          await check();
          return [name, { ok: true }] as const;
        } catch (error) {
          return [name, { ok: false, error: error instanceof Error ? error.message : String(error) }] as const;
        }
      }),
    );
    return Object.fromEntries(entries);
  }
}
