import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { In } from 'typeorm';
import { MemberProgressEntity } from './member-progress.entity.js';

/** Versions of one government's report arrive on one partition, but a lock keeps a replay from racing them. */
const MEMBER_PROGRESS_LOCK = lockNamespace('member progress', 401);

export interface MemberProgressKey {
  governmentCode: string;
  indicatorCode: string;
  periodCode: string;
}

/** Each member's latest reported total per indicator and period. */
@Injectable()
export class MemberProgressRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lock(key: MemberProgressKey): Promise<void> {
    return lockUntilCommit(MEMBER_PROGRESS_LOCK, `${key.governmentCode}:${key.indicatorCode}:${key.periodCode}`);
  }

  find(key: MemberProgressKey): Promise<MemberProgressEntity | null> {
    return this.unitOfWork.manager.getRepository(MemberProgressEntity).findOneBy({ ...key });
  }

  async save(progress: MemberProgressEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(MemberProgressEntity).save(progress);
  }

  ofGovernment(governmentCode: string): Promise<MemberProgressEntity[]> {
    return this.unitOfWork.manager
      .getRepository(MemberProgressEntity)
      .find({ where: { governmentCode }, order: { projectYear: 'ASC', periodCode: 'ASC', indicatorCode: 'ASC' } });
  }

  /** The reported lines of these governments in a project year. */
  ofGovernmentsInYear(governmentCodes: readonly string[], projectYear: number): Promise<MemberProgressEntity[]> {
    if (governmentCodes.length === 0) return Promise.resolve([]);
    return this.unitOfWork.manager.getRepository(MemberProgressEntity).find({
      where: { governmentCode: In([...governmentCodes]), projectYear },
      order: { governmentCode: 'ASC', indicatorCode: 'ASC', periodCode: 'ASC' },
    });
  }
}
