import { IntervalPoller } from '#platform';
import type { SendAbbDigestHandler } from '../../application/send-abb-digest/send-abb-digest.handler.js';

/** How often the digest moment is looked for: the programme clock may jump, so it is asked, not timed. */
export const DIGEST_POLL_MS = 30_000;

/**
 * Asks for ABB's daily digest every half minute (and once at start); the use case decides whether a day's digest is
 * due and composes it once (safe with several instances).
 */
export class AbbDigestPoller extends IntervalPoller {
  constructor(
    private readonly sendDigest: SendAbbDigestHandler,
    intervalMs: number = DIGEST_POLL_MS,
  ) {
    super('AbbDigestPoller', 'the ABB digest', intervalMs, true);
  }

  protected async round(): Promise<string | null> {
    const outcome = await this.sendDigest.execute();
    return outcome.day !== null ? `ABB digest of ${outcome.day} composed: ${outcome.messages} message(s)` : null;
  }
}
