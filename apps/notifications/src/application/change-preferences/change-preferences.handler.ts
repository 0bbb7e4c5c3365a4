import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { UnitOfWork } from '#persistence';
import { assertPreferencesAllowed, preferencesInForce, type PreferenceView } from '../../domain/preferences.js';
import { NotificationPreferenceRepository } from '../../infrastructure/notification-preference.repository.js';
import type { ChangePreferencesCommand, PreferencesOf } from './change-preferences.command.js';

/** Which kinds a recipient receives over which channel; critical kinds cannot be switched off. */
@Injectable()
export class ChangePreferencesHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly audit: AuditTrail,
  ) {}

  async list({ recipient, audience }: PreferencesOf): Promise<PreferenceView[]> {
    return preferencesInForce(audience, await this.preferences.of(recipient));
  }

  async execute(command: ChangePreferencesCommand): Promise<PreferenceView[]> {
    assertPreferencesAllowed(command.audience, command.preferences);
    return this.unitOfWork.run(async () => {
      const before = preferencesInForce(command.audience, await this.preferences.of(command.recipient));
      await this.preferences.save(command.recipient, command.preferences, new Date());
      const after = preferencesInForce(command.audience, await this.preferences.of(command.recipient));
      await this.audit.record({
        action: 'notification-preferences-changed',
        objectType: 'notification-preferences',
        objectId: command.recipient,
        before,
        after,
      });
      return after;
    });
  }
}
