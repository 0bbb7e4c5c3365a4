import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { Conflict, NotFound, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { applyChanges, changedFields, governmentProblems, kboNumberProblem, type LocalGovernment } from '../../domain/local-government.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { announceUpdated } from '../government-announcements.js';
import type { UpdateGovernmentCommand } from './update-government.command.js';

/**
 * ABB corrects or completes a register entry (KBO number, counts, contacts, name, province). A change is
 * audited and announced with the fields that changed; a request that changes nothing writes nothing.
 */
@Injectable()
export class UpdateGovernmentHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly governments: LocalGovernmentRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ code, changes }: UpdateGovernmentCommand): Promise<LocalGovernment> {
    const kboProblem = changes.kboNumber === undefined || changes.kboNumber === null ? null : kboNumberProblem(changes.kboNumber);
    if (kboProblem !== null) throw new RuleViolation(`kboNumber: ${kboProblem}`);
    return this.unitOfWork.run(async () => {
      await this.governments.lockRegister();
      const before = await this.governments.find(code);
      if (!before) throw new NotFound(`code: local government ${code} is not registered`);
      const after = applyChanges(before, changes);
      const problems = governmentProblems(after);
      if (problems.length > 0) throw RuleViolation.of(problems);
      const changed = changedFields(before, after);
      if (changed.length === 0) return before;
      if (changed.includes('kboNumber') && after.kboNumber !== null) {
        const holder = await this.governments.kboNumberHolder(after.kboNumber);
        if (holder !== undefined && holder !== code)
          throw new Conflict(`kboNumber: ${after.kboNumber} is already registered to another local government`);
      }
      await this.governments.update(after);
      await this.audit.record({ action: 'update-government', objectType: 'local-government', objectId: code, before, after });
      await announceUpdated(this.outbox, after, changed);
      return after;
    });
  }
}
