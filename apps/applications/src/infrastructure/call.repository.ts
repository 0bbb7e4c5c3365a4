import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { Call } from '../domain/call.js';
import { CallEntity } from './call.entity.js';

/** Submissions to a call and its closing, one at a time: a submission never slips in after the call closed. */
const CALL_LOCK = lockNamespace('call', 104);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

  /** Undefined also for an id that is not a UUID (a path typed by hand): there is no such row, and PostgreSQL would refuse the cast. */
  async find(id: string): Promise<Call | undefined> {
    if (!UUID.test(id)) return undefined;
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
