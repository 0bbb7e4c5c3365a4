import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

interface OpenTransaction {
  dataSource: DataSource;
  manager: EntityManager;
}

/** The transaction of the current call chain, carried like the request context: nobody passes a manager around. */
const open = new AsyncLocalStorage<OpenTransaction>();

/** The manager of the transaction the caller runs in, or undefined outside one. */
export const currentTransaction = (): EntityManager | undefined => open.getStore()?.manager;

/** Thrown when a write that must commit with a state change (outbox, audit, lock) runs outside a unit of work. */
export class NoTransactionError extends Error {
  override readonly name = 'NoTransactionError';
}

/** The current transaction's manager; `what` names the write in the error when there is none. */
export const requireTransaction = (what: string): EntityManager => {
  const manager = currentTransaction();
  if (!manager) throw new NoTransactionError(`${what} must run inside a unit of work (UnitOfWork.run)`);
  return manager;
};

/**
 * One transaction around a use case, whoever calls it: an HTTP request, a Kafka event (whose inbox row
 * joins the same transaction), the Excel import, the demo seeding or a replay. A unit of work opened
 * inside another joins it, so use cases compose and the outermost caller decides when it commits.
 * Repositories, the outbox writer and the audit trail all write through the open transaction.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    const current = open.getStore();
    if (current) {
      // Five services share one process in tests; one service never joins another's transaction.
      if (current.dataSource !== this.dataSource) throw new Error('a unit of work of another database is open in this call chain');
      return work();
    }
    return this.dataSource.transaction((manager) => open.run({ dataSource: this.dataSource, manager }, work));
  }

  /** A read-only unit of work on one snapshot, so figures read together agree with each other. */
  snapshot<T>(work: () => Promise<T>): Promise<T> {
    if (open.getStore()) return this.run(work);
    return this.dataSource.transaction('REPEATABLE READ', (manager) => open.run({ dataSource: this.dataSource, manager }, work));
  }

  /** The open transaction's manager; outside one (plain reads) the data source's own. */
  get manager(): EntityManager {
    const current = open.getStore();
    return current?.dataSource === this.dataSource ? current.manager : this.dataSource.manager;
  }
}
