import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { IndicatorResultEntity } from './indicator-result.entity.js';

export interface IndicatorResultKey {
  governmentCode: string;
  projectYear: number;
  periodCode: string;
  indicatorCode: string;
}

/** The counted result and status of each government x indicator x period (a read model). */
@Injectable()
export class IndicatorResultRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** The recorded result, locked until commit so two versions of one report never both win. */
  findForUpdate(key: IndicatorResultKey): Promise<IndicatorResultEntity | null> {
    return this.unitOfWork.manager.getRepository(IndicatorResultEntity).findOne({ where: { ...key }, lock: { mode: 'pessimistic_write' } });
  }

  async save(result: IndicatorResultEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(IndicatorResultEntity).save(result);
  }

  ofGovernment(governmentCode: string, projectYear: number): Promise<IndicatorResultEntity[]> {
    return this.unitOfWork.manager.getRepository(IndicatorResultEntity).find({
      where: { governmentCode, projectYear },
      order: { indicatorCode: 'ASC', periodEndsOn: 'ASC' },
    });
  }
}
