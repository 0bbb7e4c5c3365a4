import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import type { ExpectedReturn } from '../domain/committed-targets.js';
import { ExpectedReturnEntity } from './expected-return.entity.js';

export interface ExpectedReturnFilter {
  governmentCode?: string;
  projectYear?: number;
}

@Injectable()
export class ExpectedReturnRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Creates the returns not owed yet; one already owed stays as it is (a redelivery or a later revision). */
  async createMissing(returns: ExpectedReturn[], applicationId: string, createdAt: Date): Promise<void> {
    if (returns.length === 0) return;
    await this.unitOfWork.manager
      .createQueryBuilder()
      .insert()
      .into(ExpectedReturnEntity)
      .values(returns.map((expected) => ({ ...expected, applicationId, createdAt })))
      .orIgnore()
      .execute();
  }

  list(filter: ExpectedReturnFilter): Promise<ExpectedReturnEntity[]> {
    return this.unitOfWork.manager.getRepository(ExpectedReturnEntity).find({
      where: {
        ...(filter.governmentCode === undefined ? {} : { governmentCode: filter.governmentCode }),
        ...(filter.projectYear === undefined ? {} : { projectYear: filter.projectYear }),
      },
      order: { projectYear: 'ASC', governmentCode: 'ASC', due: 'ASC' },
    });
  }
}
