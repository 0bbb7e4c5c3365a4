import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { GovernmentContactEntity } from './government-contact.entity.js';

/** Who to write to for each government, as the register announced it. */
@Injectable()
export class GovernmentContactRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  find(governmentCode: string): Promise<GovernmentContactEntity | null> {
    return this.unitOfWork.manager.getRepository(GovernmentContactEntity).findOneBy({ governmentCode });
  }

  /** A later registration of the same government replaces its contacts. */
  async save(contacts: GovernmentContactEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(GovernmentContactEntity).upsert(contacts, ['governmentCode']);
  }
}
