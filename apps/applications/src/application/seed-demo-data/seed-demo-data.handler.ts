import { Injectable, Logger } from '@nestjs/common';
import type { ImportRecord } from '../../domain/government-import.js';
import demoData from '../../infrastructure/demo-data.json' with { type: 'json' };
import { DecisionRepository } from '../../infrastructure/decision.repository.js';
import { DecideApplicationHandler } from '../decide-application/decide-application.handler.js';
import { ImportGovernmentsHandler } from '../import-governments/import-governments.handler.js';

/** The demo governments' contacts and KBO numbers, as rows of the register import would carry them (one row per contact). */
export const demoGovernmentRecords = (): ImportRecord[] =>
  demoData.governments
    .flatMap((government) =>
      government.contacts.map((contact) => ({
        cells: {
          code: government.code,
          kboNumber: government.kboNumber,
          contactName: contact.name,
          contactEmail: contact.email,
          contactPhone: contact.phone ?? '',
          contactRole: contact.role,
        },
      })),
    )
    .map((record, index) => ({ row: index + 2, ...record }));

/**
 * Gives the demo governments (in the shipped register already) contacts through the register import, then
 * their year-1 decisions through the real use case; safe to run at every start (the import changes nothing
 * the second time).
 */
@Injectable()
export class SeedDemoDataHandler {
  private readonly logger = new Logger(SeedDemoDataHandler.name);

  constructor(
    private readonly decisions: DecisionRepository,
    private readonly importGovernments: ImportGovernmentsHandler,
    private readonly decideApplication: DecideApplicationHandler,
  ) {}

  async execute(): Promise<void> {
    const imported = await this.importGovernments.execute({ records: demoGovernmentRecords() });
    if (imported.created + imported.updated > 0)
      this.logger.log(`demo governments: ${imported.updated} given contacts, ${imported.created} added`);
    for (const decision of demoData.decisions) {
      if (await this.decisions.exists(decision.governmentCode, decision.projectYear)) continue;
      await this.decideApplication.execute(decision);
      this.logger.log(`demo decision for ${decision.governmentCode}, project year ${decision.projectYear}`);
    }
  }
}
