import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase, eventually, type TestDatabase } from '#testing';
import { lockNamespace, lockUntilCommit } from '../src/advisory-lock.js';
import { currentTransaction, NoTransactionError, requireTransaction, UnitOfWork } from '../src/unit-of-work.js';

describe('UnitOfWork on a real database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let other: DataSource;
  let unitOfWork: UnitOfWork;

  const rows = async (): Promise<string[]> =>
    (await dataSource.query<{ name: string }[]>('SELECT name FROM probe ORDER BY name')).map((row) => row.name);
  const insert = (name: string): Promise<unknown> =>
    requireTransaction('a probe row').query('INSERT INTO probe (name) VALUES ($1)', [name]);

  beforeAll(async () => {
    database = await createTestDatabase('unit_of_work');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    other = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    await other.initialize();
    await dataSource.query('CREATE TABLE probe (name text PRIMARY KEY)');
    unitOfWork = new UnitOfWork(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await other?.destroy();
    await database?.drop();
  });

  it('commits everything written in it, or nothing', async () => {
    await unitOfWork.run(async () => {
      await insert('committed-1');
      await insert('committed-2');
    });
    const failed = unitOfWork.run(async () => {
      await insert('rolled-back');
      throw new Error('the use case failed after writing');
    });
    await expect(failed).rejects.toThrow('the use case failed after writing');
    expect(await rows()).toEqual(['committed-1', 'committed-2']);
  });

  it('lets a unit of work opened inside another join it, so the outer one decides', async () => {
    const failed = unitOfWork.run(async () => {
      const outer = currentTransaction();
      await unitOfWork.run(async () => {
        expect(currentTransaction()).toBe(outer);
        await insert('inner');
      });
      throw new Error('the outer use case failed');
    });
    await expect(failed).rejects.toThrow('the outer use case failed');
    expect(await rows()).not.toContain('inner');
  });

  it('refuses writes that must commit with a change outside a unit of work, and never joins another database', async () => {
    expect(currentTransaction()).toBeUndefined();
    expect(() => requireTransaction('a probe row')).toThrow(
      new NoTransactionError('a probe row must run inside a unit of work (UnitOfWork.run)'),
    );
    await expect(unitOfWork.run(() => new UnitOfWork(other).run(async () => 'joined'))).rejects.toThrow(
      'a unit of work of another database is open in this call chain',
    );
    // Outside a unit of work, reads use the data source itself.
    expect(unitOfWork.manager).toBe(dataSource.manager);
  });

  it('holds a lock until commit for its key and kind only', async () => {
    const reports = lockNamespace('probe reports', 9101);
    const totals = lockNamespace('probe totals', 9102);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = unitOfWork.run(async () => {
      await lockUntilCommit(reports, '44021');
      locked();
      await held;
    });
    await isLocked;
    const second = new UnitOfWork(other);
    // Another kind with the same key, and the same kind with another key, do not wait.
    await second.run(() => lockUntilCommit(totals, '44021'));
    await second.run(() => lockUntilCommit(reports, '11002'));
    let waited = false;
    const sameKey = second.run(() => lockUntilCommit(reports, '44021')).then(() => (waited = true));
    await eventually(async () => {
      const [row] = await dataSource.query<{ count: number }[]>(
        "SELECT count(*)::int AS count FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
      );
      expect(row!.count).toBe(1);
    });
    expect(waited).toBe(false);
    release();
    await holder;
    await sameKey;
    expect(waited).toBe(true);
  });
});
