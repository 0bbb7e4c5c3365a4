import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import type { ApplicationDecision } from '../domain/application-decision.js';
import { ApplicationDecisionEntity } from './application-decision.entity.js';

/** Decision attempts (revisions) of applications. Writers hold the application's lock (ApplicationRepository.lock). */
@Injectable()
export class ApplicationDecisionRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async insert(decision: ApplicationDecision): Promise<void> {
    await this.unitOfWork.manager.getRepository(ApplicationDecisionEntity).insert({ ...decision });
  }

  async save(decision: ApplicationDecision): Promise<void> {
    await this.unitOfWork.manager.getRepository(ApplicationDecisionEntity).save({ ...decision });
  }

  async find(id: string): Promise<ApplicationDecision | undefined> {
    return (await this.unitOfWork.manager.getRepository(ApplicationDecisionEntity).findOneBy({ id })) ?? undefined;
  }

  /** Every attempt on an application, oldest first. */
  listByApplication(applicationId: string): Promise<ApplicationDecision[]> {
    return this.unitOfWork.manager
      .getRepository(ApplicationDecisionEntity)
      .find({ where: { applicationId }, order: { revision: 'ASC', decidedAt: 'ASC', id: 'ASC' } });
  }
}
