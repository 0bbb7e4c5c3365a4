import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { governmentRegisteredV1 } from '#contracts';
import { AuditTrail } from '#auth';
import { OutboxWriter } from '#messaging';
import { isValidKboNumber, type LocalGovernment } from '../../domain/local-government.js';
import { LocalGovernmentEntity } from '../../infrastructure/local-government.entity.js';
import type { RegisterGovernmentCommand } from './register-government.command.js';

@Injectable()
export class RegisterGovernmentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: RegisterGovernmentCommand): Promise<LocalGovernment> {
    if (!isValidKboNumber(command.kboNumber)) throw new BadRequestException(`kboNumber: ${command.kboNumber} is not a valid KBO number (check digits do not match)`);
    return this.dataSource.transaction(async (manager) => {
      // Registrations of one code one at a time, so a second one sees the first and gets a clear 409.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`register-government:${command.code}`]);
      const repository = manager.getRepository(LocalGovernmentEntity);
      if (await repository.existsBy({ code: command.code })) throw new ConflictException(`code: local government ${command.code} is already registered`);
      if (await repository.existsBy({ kboNumber: command.kboNumber }))
        throw new ConflictException(`kboNumber: ${command.kboNumber} is already registered to another local government`);
      const government: LocalGovernment = { ...command };
      await repository.insert(government);
      await this.audit.record(manager, { action: 'register-government', objectType: 'local-government', objectId: command.code, before: null, after: government });
      await this.outbox.append(manager, governmentRegisteredV1, { key: command.code, payload: { governmentCode: command.code, kboNumber: command.kboNumber, name: command.name, province: command.province, contacts: command.contacts } });
      return government;
    });
  }
}
