import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { inFileOrder, planImport, readImportRecords } from '../../domain/government-import.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { announceRegistered, announceUpdated } from '../government-announcements.js';
import { readGovernmentCsv } from './government-csv.js';
import type { ImportGovernmentsCommand, ImportGovernmentsResult } from './import-governments.command.js';

/**
 * ABB's import of governments and contact persons. All or nothing: any problem in any row refuses the
 * whole file with every problem listed. Idempotent: what the file says that the register already holds
 * changes nothing, so the same file twice writes and announces nothing the second time. New governments
 * are announced with government-registered v2, changed ones with government-updated v1 and the fields that
 * changed, each audited, all in one unit of work. A dry run stops after the checks.
 */
@Injectable()
export class ImportGovernmentsHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly governments: LocalGovernmentRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: ImportGovernmentsCommand): Promise<ImportGovernmentsResult> {
    const records = 'csv' in command ? readGovernmentCsv(command.csv) : command.records;
    const reading = readImportRecords(records);
    return this.unitOfWork.run(async () => {
      await this.governments.lockRegister();
      const plan = planImport(reading.entries, await this.governments.list());
      // A field already refused in its row is not reported again for what follows from it.
      const reported = new Set(reading.problems.map((problem) => problem.field));
      const problems = inFileOrder([...reading.problems, ...plan.problems.filter((problem) => !reported.has(problem.field))]);
      if (problems.length > 0) throw RuleViolation.of(problems);
      const counts = { created: plan.created.length, updated: plan.updated.length, unchanged: plan.unchanged.length };
      // ABB checks a file before importing it: the same plan and problems, nothing written.
      if (command.dryRun === true) return counts;
      await this.governments.insertMany(plan.created);
      for (const government of plan.created) {
        await this.audit.record({
          action: 'import-government',
          objectType: 'local-government',
          objectId: government.code,
          before: null,
          after: government,
        });
        await announceRegistered(this.outbox, government);
      }
      // KBO numbers may move between governments in one file: free the ones that move first, or the unique rule trips half-way.
      await this.governments.clearKboNumbers(
        plan.updated
          .filter(({ before, changedFields }) => before.kboNumber !== null && changedFields.includes('kboNumber'))
          .map(({ before }) => before.code),
      );
      for (const { before, after, changedFields } of plan.updated) {
        await this.governments.update(after);
        await this.audit.record({ action: 'import-government', objectType: 'local-government', objectId: after.code, before, after });
        await announceUpdated(this.outbox, after, changedFields);
      }
      return counts;
    });
  }
}
