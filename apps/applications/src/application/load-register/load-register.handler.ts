import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import type { LocalGovernment } from '../../domain/local-government.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { SHIPPED_REGISTER_SOURCE, shippedRegister } from '../../infrastructure/shipped-register.js';
import { announceRegistered } from '../government-announcements.js';

/**
 * Puts the shipped register into the database at every start: the governments it lacks are inserted and
 * announced (government-registered v2), in one unit of work with one audit entry; those already there are
 * left as ABB keeps them (a corrected name or imported contacts are never overwritten). Under the register
 * lock, so instances starting together load it once.
 *
 * A start-up step rather than a data migration: it goes through the outbox writer and the audit trail like
 * every other write (a migration would have to forge outbox envelopes in SQL), a later edition of the data
 * file adds its new entries on the next start without a new migration, and the database tier, whose tests
 * start from an empty register, runs it only when a test asks for it.
 */
@Injectable()
export class LoadRegisterHandler {
  private readonly logger = new Logger(LoadRegisterHandler.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly governments: LocalGovernmentRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(register: LocalGovernment[] = shippedRegister()): Promise<{ loaded: number; present: number }> {
    const result = await this.unitOfWork.run(async () => {
      await this.governments.lockRegister();
      const present = new Set((await this.governments.list()).map((government) => government.code));
      const missing = register.filter((government) => !present.has(government.code));
      if (missing.length === 0) return { loaded: 0, present: register.length };
      await this.governments.insertMany(missing);
      for (const government of missing) await announceRegistered(this.outbox, government);
      await this.audit.record({
        action: 'load-register',
        objectType: 'register',
        objectId: 'flemish-municipalities-2019-2024',
        before: null,
        after: { source: SHIPPED_REGISTER_SOURCE, registered: missing.map((government) => government.code) },
      });
      return { loaded: missing.length, present: register.length - missing.length };
    });
    if (result.loaded > 0) this.logger.log(`register: ${result.loaded} governments loaded, ${result.present} already there`);
    return result;
  }
}
