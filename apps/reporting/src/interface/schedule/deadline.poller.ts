import { IntervalPoller } from '#platform';
import type { FireDueDeadlinesHandler } from '../../application/fire-deadlines/fire-due-deadlines.handler.js';

/**
 * Fires reminders and overdue notices as the programme clock passes their moments: every few seconds it asks the use
 * case to settle what is due. Safe with several instances (returns are claimed with SKIP LOCKED and each moment is
 * settled once). Nothing is lost while the service is down: the schedule is in the database and the next round
 * settles what passed meanwhile.
 */
export class DeadlinePoller extends IntervalPoller {
  constructor(
    private readonly fireDueDeadlines: FireDueDeadlinesHandler,
    intervalMs: number,
  ) {
    super('DeadlinePoller', 'firing due deadlines', intervalMs);
  }

  protected async round(): Promise<string | null> {
    const fired = await this.fireDueDeadlines.execute();
    return fired.length > 0 ? `${fired.length} reminder(s) and overdue notice(s) due on the programme clock announced` : null;
  }
}
