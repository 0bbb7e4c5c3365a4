import { IntervalPoller } from '#platform';
import type { CheckMinimumSessionsHandler } from '../../application/check-minimum-sessions/check-minimum-sessions.handler.js';

/** Checks networks against the minimum number of sessions once the programme clock passes a year's check moment. */
export class MinimumSessionsPoller extends IntervalPoller {
  constructor(
    private readonly checkMinimumSessions: CheckMinimumSessionsHandler,
    intervalMs: number,
  ) {
    super('MinimumSessionsPoller', 'checking networks against the minimum number of sessions', intervalMs);
  }

  protected async round(): Promise<string | null> {
    const behind = await this.checkMinimumSessions.execute();
    return behind.length > 0 ? `${behind.length} network(s) behind on their minimum number of sessions announced` : null;
  }
}
