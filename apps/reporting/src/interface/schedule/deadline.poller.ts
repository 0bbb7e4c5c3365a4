import { randomUUID } from 'node:crypto';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { runWithContext } from '#observability';
import type { FireDueDeadlinesHandler } from '../../application/fire-deadlines/fire-due-deadlines.handler.js';

/**
 * Fires reminders and overdue notices as the programme clock passes their moments: every few seconds it asks the use
 * case to settle what is due. Safe with several instances (returns are claimed with SKIP LOCKED and each moment is
 * settled once), never overlapping itself, and stopped when the service shuts down. Nothing is lost while the
 * service is down: the schedule is in the database and the next round settles what passed meanwhile.
 */
export class DeadlinePoller implements OnApplicationBootstrap, OnModuleDestroy {
  private static readonly logger = new Logger('DeadlinePoller');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly fireDueDeadlines: FireDueDeadlinesHandler,
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
        const fired = await this.fireDueDeadlines.execute();
        if (fired.length > 0)
          DeadlinePoller.logger.log(`${fired.length} reminder(s) and overdue notice(s) due on the programme clock announced`);
      } catch (error) {
        // A database away for a moment: the next round tries again.
        DeadlinePoller.logger.warn(`firing due deadlines failed, trying again in ${this.intervalMs} ms: ${String(error)}`);
      }
    }).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
