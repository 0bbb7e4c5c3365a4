import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { Call } from '../domain/call.js';
import { CallEntity } from './call.entity.js';

/** Submissions to a call and its closing, one at a time: a submission never slips in after the call closed. */
const CALL_LOCK = lockNamespace('call', 104);

@Injectable()
export class CallRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async lock(callId: string): Promise<void> {
    await lockUntilCommit(CALL_LOCK, callId);
  }

  async insert(call: Call): Promise<void> {
    await this.unitOfWork.manager.getRepository(CallEntity).insert({ ...call });
  }

  async save(call: Call): Promise<void> {
    await this.unitOfWork.manager.getRepository(CallEntity).save({ ...call });
  }

  async find(id: string): Promise<Call | undefined> {
    return (await this.unitOfWork.manager.getRepository(CallEntity).findOneBy({ id })) ?? undefined;
  }

  list(): Promise<Call[]> {
    return this.unitOfWork.manager.getRepository(CallEntity).find({ order: { opensAt: 'ASC', id: 'ASC' } });
  }

  /** Open calls whose closing date the programme clock has reached. */
  listDue(now: Date): Promise<Call[]> {
    return this.unitOfWork.manager
      .getRepository(CallEntity)
      .find({ where: { status: 'open', closesAt: LessThanOrEqual(now) }, order: { closesAt: 'ASC', id: 'ASC' } });
  }
}
