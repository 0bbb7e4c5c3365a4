import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { Conflict } from '#domain';
import { UnitOfWork } from '#persistence';
import type { Application } from '../../domain/application.js';
import { normaliseIban } from '../../domain/iban.js';
import { ApplicationRepository } from '../../infrastructure/application.repository.js';
import { ApplicationViews, isEditableBy, notFound, type ApplicationView } from '../list-applications/application-views.js';
import type { SaveApplicationCommand } from './save-application.command.js';

/** Saves a draft as it is, complete or not, and shows what it asks for; only submitting checks the rules. */
@Injectable()
export class SaveApplicationHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly applications: ApplicationRepository,
    private readonly views: ApplicationViews,
    private readonly audit: AuditTrail,
  ) {}

  async execute({ applicationId, actorCodes, lines, stimuli, contacts, iban }: SaveApplicationCommand): Promise<ApplicationView> {
    return this.unitOfWork.run(async () => {
      await this.applications.lock(applicationId);
      const before = await this.applications.find(applicationId);
      if (before === undefined || !isEditableBy(before, actorCodes)) throw notFound(applicationId);
      if (before.status !== 'draft')
        throw new Conflict(`status: application ${applicationId} is ${before.status}; only a draft can be changed`);
      const after: Application = {
        ...before,
        lines: lines.map(({ indicatorCode, currentReach, additionalReach, priority }) => ({
          indicatorCode,
          currentReach,
          additionalReach,
          priority,
        })),
        stimuli: {
          mentorships: stimuli.mentorships.map(({ actionNumber, motivation }) => ({ actionNumber, motivation })),
          cooperation:
            stimuli.cooperation === null
              ? null
              : { partnerCode: stimuli.cooperation.partnerCode, motivation: stimuli.cooperation.motivation },
          socialImpactBond:
            stimuli.socialImpactBond === null ? null : { intended: stimuli.socialImpactBond.intended, text: stimuli.socialImpactBond.text },
        },
        contacts: contacts.map(({ name, email, phone, role }) => ({ name, email, phone, role })),
        iban: iban === null || iban.trim() === '' ? null : normaliseIban(iban),
        updatedAt: new Date(),
      };
      await this.applications.save(after);
      await this.audit.record({ action: 'save-application', objectType: 'application', objectId: applicationId, before, after });
      return this.views.of(after);
    });
  }
}
