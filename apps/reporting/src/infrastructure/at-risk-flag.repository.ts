import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { AtRiskFlagEntity } from './at-risk-flag.entity.js';

export interface AtRiskFlagKey {
  governmentCode: string;
  projectYear: number;
  indicatorCode: string;
}

/** The interim review's at-risk flags per government, project year and indicator. */
@Injectable()
export class AtRiskFlagRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Locked until commit: a clearing and a corrected interim report never both decide the flag. */
  findForUpdate(key: AtRiskFlagKey): Promise<AtRiskFlagEntity | null> {
    return this.unitOfWork.manager.getRepository(AtRiskFlagEntity).findOne({ where: { ...key }, lock: { mode: 'pessimistic_write' } });
  }

  find(key: AtRiskFlagKey): Promise<AtRiskFlagEntity | null> {
    return this.unitOfWork.manager.getRepository(AtRiskFlagEntity).findOneBy({ ...key });
  }

  ofGovernment(governmentCode: string, projectYear: number): Promise<AtRiskFlagEntity[]> {
    return this.unitOfWork.manager
      .getRepository(AtRiskFlagEntity)
      .find({ where: { governmentCode, projectYear }, order: { indicatorCode: 'ASC' } });
  }

  async save(flag: AtRiskFlagEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(AtRiskFlagEntity).save(flag);
  }

  async remove(key: AtRiskFlagKey): Promise<void> {
    await this.unitOfWork.manager.getRepository(AtRiskFlagEntity).delete({ ...key });
  }
}
