import { Injectable } from '@nestjs/common';
import { governmentRegisteredV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { Conflict, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { isValidKboNumber, type LocalGovernment } from '../../domain/local-government.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import type { RegisterGovernmentCommand } from './register-government.command.js';

@Injectable()
export class RegisterGovernmentHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly governments: LocalGovernmentRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: RegisterGovernmentCommand): Promise<LocalGovernment> {
    if (!isValidKboNumber(command.kboNumber))
      throw new RuleViolation(`kboNumber: ${command.kboNumber} is not a valid KBO number (check digits do not match)`);
    return this.unitOfWork.run(async () => {
      await this.governments.lockRegistration(command.code, command.kboNumber);
      if (await this.governments.exists(command.code)) throw new Conflict(`code: local government ${command.code} is already registered`);
      if (await this.governments.kboNumberTaken(command.kboNumber))
        throw new Conflict(`kboNumber: ${command.kboNumber} is already registered to another local government`);
      const government: LocalGovernment = {
        ...command,
        kind: command.code === 'VGC' ? 'vgc' : command.code === 'DE-RAND' ? 'de-rand' : 'municipality',
        arrondissement: null,
        inhabitants: null,
        nonEuOriginInhabitants: null,
        contacts: command.contacts.map((contact) => ({ ...contact, phone: contact.phone ?? null })),
      };
      await this.governments.insert(government);
      await this.audit.record({
        action: 'register-government',
        objectType: 'local-government',
        objectId: command.code,
        before: null,
        after: government,
      });
      await this.outbox.append(governmentRegisteredV1, {
        key: command.code,
        payload: {
          governmentCode: command.code,
          kboNumber: command.kboNumber,
          name: command.name,
          province: command.province,
          contacts: government.contacts.map(({ name, email, role }) => ({ name, email, role })),
        },
      });
      return government;
    });
  }
}
