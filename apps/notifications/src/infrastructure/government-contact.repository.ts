import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { GovernmentContactEntity } from './government-contact.entity.js';

/**
 * A registration and a status change of one government one at a time (they arrive on different topics,
 * so at the same moment): otherwise a notice held while the contacts are being recorded is never sent.
 */
const GOVERNMENT_CONTACTS_LOCK = lockNamespace('government contacts', 501);

/** Who to write to for each government, as the register announced it. */
@Injectable()
export class GovernmentContactRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lock(governmentCode: string): Promise<void> {
    return lockUntilCommit(GOVERNMENT_CONTACTS_LOCK, governmentCode);
  }

  find(governmentCode: string): Promise<GovernmentContactEntity | null> {
    return this.unitOfWork.manager.getRepository(GovernmentContactEntity).findOneBy({ governmentCode });
  }

  /** A later registration of the same government replaces its contacts. */
  async save(contacts: GovernmentContactEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(GovernmentContactEntity).upsert(contacts, ['governmentCode']);
  }

  /** The names of the governments known here, by code (for ABB's digest). */
  async namesOf(governmentCodes: readonly string[]): Promise<Map<string, string>> {
    if (governmentCodes.length === 0) return new Map();
    const rows = await this.unitOfWork.manager
      .getRepository(GovernmentContactEntity)
      .find({ select: { governmentCode: true, governmentName: true }, where: { governmentCode: In([...new Set(governmentCodes)]) } });
    return new Map(rows.map((row) => [row.governmentCode, row.governmentName]));
  }
}
