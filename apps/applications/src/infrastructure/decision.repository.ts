import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { DecisionEntity } from './decision.entity.js';

/** Decisions on one government and year one at a time, so a second one sees the first and gets a clear 409. */
const DECISION_LOCK = lockNamespace('decision', 102);

@Injectable()
export class DecisionRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lockDecisions(governmentCode: string, projectYear: number): Promise<void> {
    return lockUntilCommit(DECISION_LOCK, `${governmentCode}:${projectYear}`);
  }

  exists(governmentCode: string, projectYear: number): Promise<boolean> {
    return this.unitOfWork.manager.getRepository(DecisionEntity).existsBy({ governmentCode, projectYear });
  }

  async insert(decision: Omit<DecisionEntity, 'decidedAt'>): Promise<void> {
    await this.unitOfWork.manager.getRepository(DecisionEntity).insert(decision);
  }
}
