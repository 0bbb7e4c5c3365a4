import { IntervalPoller } from '#platform';
import type { CloseDueCallsHandler } from '../../application/close-call/close-due-calls.handler.js';

/**
 * Closes calls at their closing date on the programme clock: every few seconds it asks the use case to close what is
 * due. Safe with several replicas (the close runs under the call's lock and only closes an open call).
 */
export class CallClosingPoller extends IntervalPoller {
  constructor(
    private readonly closeDueCalls: CloseDueCallsHandler,
    intervalMs: number,
  ) {
    super('CallClosingPoller', 'closing due calls', intervalMs);
  }

  protected async round(): Promise<string | null> {
    const closed = await this.closeDueCalls.execute();
    return closed.length > 0
      ? closed.map((call) => `call ${call.id} (project year ${call.projectYear}) closed at its closing date`).join('; ')
      : null;
  }
}
