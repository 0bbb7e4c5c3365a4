import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '#auth';
import { callOpenedV1 } from '#contracts';
import { RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import type { Call } from '../../domain/call.js';
import { CatalogueLookup } from '../../domain/catalogue-lookup.js';
import { CallRepository } from '../../infrastructure/call.repository.js';
import type { OpenCallCommand } from './open-call.command.js';

/** Year-3 calls are open only to governments that took part in an earlier project year. */
export const onlyEarlierParticipantsIn = (projectYear: number): boolean => projectYear === 3;

/** ABB opens a call for a project year, priced under that year's current catalogue version. */
@Injectable()
export class OpenCallHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calls: CallRepository,
    private readonly catalogue: CatalogueLookup,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: OpenCallCommand): Promise<Call> {
    if (!Number.isInteger(command.projectYear) || command.projectYear < 1 || command.projectYear > 3)
      throw RuleViolation.at('projectYear', `Plan Samenleven has project years 1 to 3, got ${command.projectYear}`);
    if (command.closesAt.getTime() <= command.opensAt.getTime())
      throw RuleViolation.at('closesAt', `a call closes after it opens (opensAt ${command.opensAt.toISOString()})`);
    return this.unitOfWork.run(async () => {
      const call: Call = {
        id: randomUUID(),
        projectYear: command.projectYear,
        title: command.title,
        catalogueVersion: await this.catalogue.currentVersion(command.projectYear),
        opensAt: command.opensAt,
        closesAt: command.closesAt,
        onlyEarlierParticipants: onlyEarlierParticipantsIn(command.projectYear),
        status: 'open',
        closedAt: null,
        closedBy: null,
      };
      await this.calls.insert(call);
      await this.audit.record({ action: 'open-call', objectType: 'call', objectId: call.id, before: null, after: call });
      await this.outbox.append(callOpenedV1, {
        key: call.id,
        payload: {
          callId: call.id,
          projectYear: call.projectYear,
          title: call.title,
          catalogueVersion: call.catalogueVersion,
          opensAt: call.opensAt.toISOString(),
          closesAt: call.closesAt.toISOString(),
          onlyEarlierParticipants: call.onlyEarlierParticipants,
        },
      });
      return call;
    });
  }
}
