import { randomUUID } from 'node:crypto';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { runWithContext } from '#observability';
import type { CloseDueCallsHandler } from '../../application/close-call/close-due-calls.handler.js';

/**
 * Closes calls at their closing date on the programme clock: every few seconds it asks the use case to close
 * what is due. Safe with several replicas (the close runs under the call's lock and only closes an open call)
 * and never overlapping itself; stopped when the service shuts down.
 */
export class CallClosingPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private static readonly logger = new Logger('CallClosingPoller');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly closeDueCalls: CloseDueCallsHandler,
    private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
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
        for (const call of await this.closeDueCalls.execute())
          CallClosingPoller.logger.log(`call ${call.id} (project year ${call.projectYear}) closed at its closing date`);
      } catch (error) {
        // A database away for a moment: the next round tries again.
        CallClosingPoller.logger.warn(`closing due calls failed, trying again in ${this.intervalMs} ms: ${String(error)}`);
      }
    }).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
