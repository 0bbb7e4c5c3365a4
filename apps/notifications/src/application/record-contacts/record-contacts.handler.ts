import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GovernmentRegisteredV1 } from '#contracts';
import { GovernmentContactEntity } from '../../infrastructure/government-contact.entity.js';

@Injectable()
export class RecordContactsHandler {
  async execute(manager: EntityManager, government: GovernmentRegisteredV1): Promise<void> {
    await manager.getRepository(GovernmentContactEntity).upsert(
      {
        governmentCode: government.governmentCode,
        governmentName: government.name,
        contacts: government.contacts.map(({ name, email, role }) => ({ name, email, role })),
      },
      ['governmentCode'],
    );
  }
}
