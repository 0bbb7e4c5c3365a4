import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { UnitOfWork } from '#persistence';
import type { Amendment } from '../domain/amendment.js';
import { AmendmentEntity } from './amendment.entity.js';

/** Amendments of decided applications. Writers hold the application's lock (ApplicationRepository.lock). */
@Injectable()
export class AmendmentRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async insert(amendment: Amendment): Promise<void> {
    await this.unitOfWork.manager.getRepository(AmendmentEntity).insert({ ...amendment });
  }

  async save(amendment: Amendment): Promise<void> {
    await this.unitOfWork.manager.getRepository(AmendmentEntity).save({ ...amendment });
  }

  async find(id: string): Promise<Amendment | undefined> {
    return (await this.unitOfWork.manager.getRepository(AmendmentEntity).findOneBy({ id })) ?? undefined;
  }

  /** The requested or accepted (not yet committed) amendment of an application, if any. */
  async findOpen(applicationId: string): Promise<Amendment | undefined> {
    return (
      (await this.unitOfWork.manager.getRepository(AmendmentEntity).findOneBy({ applicationId, status: In(['requested', 'accepted']) })) ??
      undefined
    );
  }

  /** Oldest first. */
  listByApplication(applicationId: string): Promise<Amendment[]> {
    return this.unitOfWork.manager
      .getRepository(AmendmentEntity)
      .find({ where: { applicationId }, order: { requestedAt: 'ASC', id: 'ASC' } });
  }
}
