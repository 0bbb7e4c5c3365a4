import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { GovernmentGroup } from '../domain/group.js';
import { GovernmentGroupEntity } from './government-group.entity.js';

/**
 * Group formations and changes of one project year, one at a time: "a government is in at most one group
 * per project year" is checked against every group of that year, so two requests cannot both pass it.
 */
const GROUP_MEMBERSHIP_LOCK = lockNamespace('group membership', 106);

@Injectable()
export class GovernmentGroupRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async lockProjectYear(projectYear: number): Promise<void> {
    await lockUntilCommit(GROUP_MEMBERSHIP_LOCK, String(projectYear));
  }

  async insert(group: GovernmentGroup): Promise<void> {
    await this.unitOfWork.manager.getRepository(GovernmentGroupEntity).insert({ ...group });
  }

  async save(group: GovernmentGroup): Promise<void> {
    await this.unitOfWork.manager.getRepository(GovernmentGroupEntity).save({ ...group });
  }

  async find(projectYear: number, groupCode: string): Promise<GovernmentGroup | undefined> {
    return (await this.unitOfWork.manager.getRepository(GovernmentGroupEntity).findOneBy({ projectYear, groupCode })) ?? undefined;
  }

  /** The groups of a project year (every year when none is given), by code. */
  list(projectYear?: number): Promise<GovernmentGroup[]> {
    return this.unitOfWork.manager.getRepository(GovernmentGroupEntity).find({
      where: projectYear === undefined ? {} : { projectYear },
      order: { projectYear: 'ASC', groupCode: 'ASC' },
    });
  }

  /** The group a government is a member of in a project year, if any. */
  async findGroupOf(projectYear: number, governmentCode: string): Promise<GovernmentGroup | undefined> {
    return (
      (await this.unitOfWork.manager
        .getRepository(GovernmentGroupEntity)
        .createQueryBuilder('g')
        .where('g.project_year = :projectYear', { projectYear })
        .andWhere('g.member_codes @> :member::jsonb', { member: JSON.stringify([governmentCode]) })
        .getOne()) ?? undefined
    );
  }
}
