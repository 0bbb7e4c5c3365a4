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
}
