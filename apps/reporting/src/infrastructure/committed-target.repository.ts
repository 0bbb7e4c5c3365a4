import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { CommittedTargetEntity } from './committed-target.entity.js';

export interface CommittedTargetFilter {
  governmentCode?: string;
  projectYear?: number;
}

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

  list(filter: CommittedTargetFilter): Promise<CommittedTargetEntity[]> {
    return this.unitOfWork.manager.getRepository(CommittedTargetEntity).find({
      where: {
        ...(filter.governmentCode === undefined ? {} : { governmentCode: filter.governmentCode }),
        ...(filter.projectYear === undefined ? {} : { projectYear: filter.projectYear }),
      },
      order: { projectYear: 'ASC', governmentCode: 'ASC', indicatorCode: 'ASC' },
    });
  }

  /** A later decision on the same government, year and indicator replaces the earlier target. */
  async save(targets: CommittedTargetEntity[]): Promise<void> {
    await this.unitOfWork.manager.getRepository(CommittedTargetEntity).upsert(targets, ['governmentCode', 'projectYear', 'indicatorCode']);
  }

  /** Every target of the application is replaced by these: an indicator the new revision leaves out is no longer a target. */
  async replaceOfApplication(applicationId: string, targets: CommittedTargetEntity[]): Promise<void> {
    await this.unitOfWork.manager.getRepository(CommittedTargetEntity).delete({ applicationId });
    await this.save(targets);
  }
}
