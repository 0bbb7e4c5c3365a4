import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import type { Preference } from '../domain/preferences.js';
import { NotificationPreferenceEntity } from './notification-preference.entity.js';

@Injectable()
export class NotificationPreferenceRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async of(recipient: string): Promise<Preference[]> {
    const rows = await this.unitOfWork.manager.getRepository(NotificationPreferenceEntity).findBy({ recipient });
    return rows.map(({ kind, channel, enabled }) => ({ kind, channel, enabled }));
  }

  async save(recipient: string, changes: readonly Preference[], updatedAt: Date): Promise<void> {
    if (changes.length === 0) return;
    await this.unitOfWork.manager.getRepository(NotificationPreferenceEntity).upsert(
      changes.map((change) => ({ recipient, ...change, updatedAt })),
      ['recipient', 'kind', 'channel'],
    );
  }
}
