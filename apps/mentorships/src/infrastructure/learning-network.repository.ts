import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { UnitOfWork } from '#persistence';
import type { LearningNetwork } from '../domain/learning-network.js';
import { LearningNetworkEntity } from './learning-network.entity.js';

@Injectable()
export class LearningNetworkRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Opens the networks not open yet and returns those it opened; one already open stays as it was. */
  async openMissing(networks: LearningNetwork[]): Promise<LearningNetwork[]> {
    if (networks.length === 0) return [];
    const result = await this.unitOfWork.manager
      .createQueryBuilder()
      .insert()
      .into(LearningNetworkEntity)
      .values(networks)
      .orIgnore()
      .returning(['id'])
      .execute();
    const opened = new Set((result.raw as { id: string }[]).map((row) => row.id));
    return networks.filter((network) => opened.has(network.id));
  }

  find(id: string): Promise<LearningNetworkEntity | null> {
    return this.unitOfWork.manager.getRepository(LearningNetworkEntity).findOneBy({ id });
  }

  /** Every network, or only those with these ids. */
  list(ids?: readonly string[]): Promise<LearningNetworkEntity[]> {
    return this.unitOfWork.manager.getRepository(LearningNetworkEntity).find({
      where: ids === undefined ? {} : { id: In([...ids]) },
      order: { projectYear: 'ASC', mentorCode: 'ASC', actionNumber: 'ASC' },
    });
  }

  /**
   * Up to `limit` networks of a project year whose sessions were not checked yet, locked (SKIP LOCKED: another
   * instance checks others meanwhile). The check is settled in the same unit of work, so each network is checked once.
   */
  claimUnchecked(projectYear: number, limit: number): Promise<LearningNetworkEntity[]> {
    return this.unitOfWork.manager
      .getRepository(LearningNetworkEntity)
      .createQueryBuilder('network')
      .where('network.project_year = :projectYear AND network.sessions_checked_at IS NULL', { projectYear })
      .orderBy('network.id')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markSessionsChecked(id: string, checkedAt: Date, behind: boolean): Promise<void> {
    await this.unitOfWork.manager
      .getRepository(LearningNetworkEntity)
      .update({ id }, { sessionsCheckedAt: checkedAt, sessionsBehind: behind });
  }

  async changeSharing(id: string, sharing: string): Promise<void> {
    await this.unitOfWork.manager.getRepository(LearningNetworkEntity).update({ id }, { sharing });
  }
}
