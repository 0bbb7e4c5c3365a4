import { describe, expect, it } from '@jest/globals';
import { lockNamespace, lockUntilCommit } from './advisory-lock.js';
import { NoTransactionError } from './unit-of-work.js';

describe('lockNamespace', () => {
  it('gives each kind of lock its own id, once', () => {
    expect(lockNamespace('spec lock', 9001)).toEqual({ name: 'spec lock', id: 9001 });
    // Declaring the same kind again (a module loaded twice) is harmless.
    expect(lockNamespace('spec lock', 9001)).toEqual({ name: 'spec lock', id: 9001 });
    expect(() => lockNamespace('another spec lock', 9001)).toThrow(
      'lock namespace id 9001 is taken by spec lock; another spec lock needs another',
    );
  });

  it('refuses ids PostgreSQL cannot take as a 32-bit key', () => {
    expect(() => lockNamespace('zero', 0)).toThrow(RangeError);
    expect(() => lockNamespace('too big', 2 ** 31)).toThrow(RangeError);
    expect(() => lockNamespace('fraction', 1.5)).toThrow(RangeError);
  });
});

describe('lockUntilCommit', () => {
  it('refuses to lock outside a unit of work, where the lock would never be released by a commit', async () => {
    await expect(lockUntilCommit(lockNamespace('spec lock outside', 9002), 'key')).rejects.toThrow(NoTransactionError);
  });
});
