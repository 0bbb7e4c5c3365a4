import { requireTransaction } from './unit-of-work.js';

/**
 * A kind of advisory lock. PostgreSQL's two-key form `pg_advisory_xact_lock(namespace, hashtext(key))`
 * keeps kinds apart: two keys of different kinds never wait for each other, even when their hashes meet.
 * Ids are unique across the repository (see docs/architecture.md, "Advisory locks").
 */
export interface LockNamespace {
  readonly name: string;
  readonly id: number;
}

const declared = new Map<number, string>();

/** Declares a kind of lock once, next to the code that takes it; a second kind with the same id is refused. */
export const lockNamespace = (name: string, id: number): LockNamespace => {
  if (!Number.isInteger(id) || id < 1 || id > 2 ** 31 - 1)
    throw new RangeError(`lock namespace ${name}: id must be a positive 32-bit integer, got ${id}`);
  const existing = declared.get(id);
  if (existing !== undefined && existing !== name)
    throw new Error(`lock namespace id ${id} is taken by ${existing}; ${name} needs another`);
  declared.set(id, name);
  return { name, id };
};

/** Waits for the lock of `key` in `namespace`; it is held until the current unit of work commits or rolls back. */
export const lockUntilCommit = async (namespace: LockNamespace, key: string): Promise<void> => {
  const manager = requireTransaction(`the ${namespace.name} lock`);
  await manager.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [namespace.id, key]);
};
