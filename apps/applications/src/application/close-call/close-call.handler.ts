import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { callClosedV1 } from '#contracts';
import { Conflict, NotFound } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import type { Call } from '../../domain/call.js';
import { SUBMITTED_STATUSES, ApplicationRepository } from '../../infrastructure/application.repository.js';
import { CallRepository } from '../../infrastructure/call.repository.js';
import type { CloseCallCommand } from './close-call.command.js';

/**
 * Closes a call and lists every application submitted to it. Under the call's lock, as every submission:
 * a submission either committed before (and is listed) or sees the call closed. Closing by date is
 * idempotent (two replicas polling close it once); ABB closing a closed call is a 409.
 */
@Injectable()
export class CloseCallHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calls: CallRepository,
    private readonly applications: ApplicationRepository,
    private readonly clock: ProgrammeClock,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  /** The closed call; undefined when closing by date found nothing to do. */
  async execute({ callId, closedBy }: CloseCallCommand): Promise<Call | undefined> {
    return this.unitOfWork.run(async () => {
      await this.calls.lock(callId);
      const before = await this.calls.find(callId);
      if (before === undefined) throw new NotFound(`callId: there is no call ${callId}`);
      const now = this.clock.now();
      if (closedBy === 'closing-date' && (before.status !== 'open' || now < before.closesAt)) return undefined;
      if (before.status !== 'open')
        throw new Conflict(`callId: call ${callId} is already closed (${before.closedBy} at ${before.closedAt?.toISOString()})`);
      // Closed by date: at the date itself, however late the poller noticed.
      const after: Call = { ...before, status: 'closed', closedAt: closedBy === 'abb' ? now : before.closesAt, closedBy };
      await this.calls.save(after);
      const submitted = await this.applications.listByCall(callId, SUBMITTED_STATUSES);
      await this.audit.record({ action: 'close-call', objectType: 'call', objectId: callId, before, after });
      await this.outbox.append(callClosedV1, {
        key: callId,
        payload: {
          callId,
          projectYear: after.projectYear,
          closedAt: (after.closedAt ?? now).toISOString(),
          closedBy,
          submittedApplicationIds: submitted.map((application) => application.id).sort(),
        },
      });
      return after;
    });
  }
}
