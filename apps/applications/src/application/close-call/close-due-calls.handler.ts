import { Injectable } from '@nestjs/common';
import { ProgrammeClock } from '#platform';
import type { Call } from '../../domain/call.js';
import { CallRepository } from '../../infrastructure/call.repository.js';
import { CloseCallHandler } from './close-call.handler.js';

/** Closes every open call whose closing date the programme clock has reached, each in its own unit of work. */
@Injectable()
export class CloseDueCallsHandler {
  constructor(
    private readonly calls: CallRepository,
    private readonly closeCall: CloseCallHandler,
    private readonly clock: ProgrammeClock,
  ) {}

  async execute(): Promise<Call[]> {
    const closed: Call[] = [];
    for (const due of await this.calls.listDue(this.clock.now())) {
      const call = await this.closeCall.execute({ callId: due.id, closedBy: 'closing-date' });
      if (call !== undefined) closed.push(call);
    }
    return closed;
  }
}
