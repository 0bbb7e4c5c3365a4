import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { LaggingSignalEntity } from './lagging-signal.entity.js';

/** Two summaries of one government and period (a rebalance, two instances) decide one after the other. */
const LAGGING_SIGNAL_LOCK = lockNamespace('lagging signal', 510);

@Injectable()
export class LaggingSignalRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lock(governmentCode: string, periodCode: string): Promise<void> {
    return lockUntilCommit(LAGGING_SIGNAL_LOCK, `${governmentCode}/${periodCode}`);
  }

  find(governmentCode: string, periodCode: string): Promise<LaggingSignalEntity | null> {
    return this.unitOfWork.manager.getRepository(LaggingSignalEntity).findOneBy({ governmentCode, periodCode });
  }

  async save(signal: LaggingSignalEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(LaggingSignalEntity).upsert(signal, ['governmentCode', 'periodCode']);
  }
}
