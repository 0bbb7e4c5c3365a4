import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { Application, ApplicationStatus } from '../domain/application.js';
import { ApplicationEntity } from './application.entity.js';

/** One writer per application at a time (draft saves, submission, review, decision). */
const APPLICATION_LOCK = lockNamespace('application', 105);

@Injectable()
export class ApplicationRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async lock(applicationId: string): Promise<void> {
    await lockUntilCommit(APPLICATION_LOCK, applicationId);
  }

  async insert(application: Application): Promise<void> {
    await this.unitOfWork.manager.getRepository(ApplicationEntity).insert({ ...application });
  }

  async save(application: Application): Promise<void> {
    await this.unitOfWork.manager.getRepository(ApplicationEntity).save({ ...application });
  }

  async find(id: string): Promise<Application | undefined> {
    return (await this.unitOfWork.manager.getRepository(ApplicationEntity).findOneBy({ id })) ?? undefined;
  }

  async findByApplicant(callId: string, governmentCode: string): Promise<Application | undefined> {
    return (await this.unitOfWork.manager.getRepository(ApplicationEntity).findOneBy({ callId, governmentCode })) ?? undefined;
  }

  /** A call's applications, in a stable order; all statuses unless some are named. */
  listByCall(callId: string, statuses?: ApplicationStatus[]): Promise<Application[]> {
    return this.unitOfWork.manager.getRepository(ApplicationEntity).find({
      where: statuses ? { callId, status: In(statuses) } : { callId },
      order: { governmentCode: 'ASC' },
    });
  }
}
