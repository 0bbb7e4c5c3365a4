import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { CommittedTargetEntity } from './committed-target.entity.js';

/** The targets reports are checked against, as the decisions committed them. */
@Injectable()
export class CommittedTargetRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  ofGovernment(governmentCode: string, projectYear: number): Promise<CommittedTargetEntity[]> {
    return this.unitOfWork.manager.getRepository(CommittedTargetEntity).findBy({ governmentCode, projectYear });
  }

  find(governmentCode: string, projectYear: number, indicatorCode: string): Promise<CommittedTargetEntity | null> {
    return this.unitOfWork.manager.getRepository(CommittedTargetEntity).findOneBy({ governmentCode, projectYear, indicatorCode });
  }

  /** A later decision on the same government, year and indicator replaces the earlier target. */
  async save(targets: CommittedTargetEntity[]): Promise<void> {
    await this.unitOfWork.manager.getRepository(CommittedTargetEntity).upsert(targets, ['governmentCode', 'projectYear', 'indicatorCode']);
  }
}
