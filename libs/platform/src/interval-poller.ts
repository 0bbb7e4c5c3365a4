import { randomUUID } from 'node:crypto';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { runWithContext } from '#observability';

/**
 * Runs a round of work every few seconds while the service runs: a use case that settles what the programme clock has
 * passed (closing calls, deadlines, the digest). A round still running when the next is due is not doubled; a failing
 * round (a database away for a moment) is logged and the next one tries again; shutdown waits for the round in hand.
 * Safe with several instances only because each use case claims its work under locks: the poller itself is not.
 */
export abstract class IntervalPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  protected constructor(
    name: string,
    /** What a round does, for the log: "closing due calls" gives "closing due calls failed, trying again ...". */
    private readonly work: string,
    protected readonly intervalMs: number,
    /** Run a first round right at start instead of after the first interval. */
    private readonly atStart = false,
  ) {
    this.logger = new Logger(name);
  }

  /** One round of work; what it returns is logged when it is not empty. */
  protected abstract round(): Promise<string | null>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
    if (this.atStart) void this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round; a round still running when the next is due is not doubled. */
  tick(): Promise<void> {
    this.running ??= runWithContext({ correlationId: randomUUID(), causationId: null }, async () => {
      try {
        const done = await this.round();
        if (done !== null) this.logger.log(done);
      } catch (error) {
        this.logger.warn(`${this.work} failed, trying again in ${this.intervalMs} ms: ${String(error)}`);
      }
    }).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
