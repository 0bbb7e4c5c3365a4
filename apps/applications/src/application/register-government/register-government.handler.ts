import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#auth';
import { Conflict, RuleViolation } from '#domain';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import {
  governmentProblems,
  kboNumberProblem,
  kindOfCode,
  REGISTER_CODE_PATTERN,
  type LocalGovernment,
} from '../../domain/local-government.js';
import { LocalGovernmentRepository } from '../../infrastructure/local-government.repository.js';
import { announceRegistered } from '../government-announcements.js';
import type { RegisterGovernmentCommand } from './register-government.command.js';

/** Registers a government the shipped register does not have (the 300 municipalities, VGC and vzw de Rand are loaded at start). */
@Injectable()
export class RegisterGovernmentHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly governments: LocalGovernmentRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: RegisterGovernmentCommand): Promise<LocalGovernment> {
    if (!REGISTER_CODE_PATTERN.test(command.code))
      throw new RuleViolation(`code: ${command.code} is not a 5-digit NIS code, VGC or DE-RAND`);
    const kboNumber = command.kboNumber ?? null;
    const kboProblem = kboNumber === null ? null : kboNumberProblem(kboNumber);
    if (kboProblem !== null) throw new RuleViolation(`kboNumber: ${kboProblem}`);
    const government: LocalGovernment = {
      code: command.code,
      kind: kindOfCode(command.code),
      kboNumber,
      name: command.name,
      province: command.province,
      arrondissement: command.arrondissement ?? null,
      inhabitants: command.inhabitants ?? null,
      nonEuOriginInhabitants: command.nonEuOriginInhabitants ?? null,
      contacts: command.contacts.map((contact) => ({ ...contact, phone: contact.phone ?? null })),
    };
    const problems = governmentProblems(government);
    if (problems.length > 0) throw RuleViolation.of(problems);
    return this.unitOfWork.run(async () => {
      await this.governments.lockRegister();
      if (await this.governments.exists(command.code)) throw new Conflict(`code: local government ${command.code} is already registered`);
      if (kboNumber !== null && (await this.governments.kboNumberTaken(kboNumber)))
        throw new Conflict(`kboNumber: ${kboNumber} is already registered to another local government`);
      await this.governments.insert(government);
      await this.audit.record({
        action: 'register-government',
        objectType: 'local-government',
        objectId: command.code,
        before: null,
        after: government,
      });
      await announceRegistered(this.outbox, government);
      return government;
    });
  }
}
