import { randomUUID } from 'node:crypto';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { runWithContext } from '#observability';
import type { SendAbbDigestHandler } from '../../application/send-abb-digest/send-abb-digest.handler.js';

/** How often the digest moment is looked for: the programme clock may jump, so it is asked, not timed. */
export const DIGEST_POLL_MS = 30_000;

/**
 * Asks for ABB's daily digest every half minute; the use case decides whether a day's digest is due and composes it
 * once (safe with several instances). Never overlapping itself; stopped when the service shuts down.
 */
export class AbbDigestPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private static readonly logger = new Logger('AbbDigestPoller');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly sendDigest: SendAbbDigestHandler,
    private readonly intervalMs: number = DIGEST_POLL_MS,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
    void this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  tick(): Promise<void> {
    this.running ??= runWithContext({ correlationId: randomUUID(), causationId: null }, async () => {
      try {
        const outcome = await this.sendDigest.execute();
        if (outcome.day !== null) AbbDigestPoller.logger.log(`ABB digest of ${outcome.day} composed: ${outcome.messages} message(s)`);
      } catch (error) {
        // A database away for a moment: the next round tries again.
        AbbDigestPoller.logger.warn(`the ABB digest failed, trying again in ${this.intervalMs} ms: ${String(error)}`);
      }
    }).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
