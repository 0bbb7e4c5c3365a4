import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { testDatabaseCreatedAt, testDatabaseName } from './test-database.js';

describe('test database names', () => {
  it('carry their creation time to the second, whatever the label', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1_600_000_000_000, max: 4_000_000_000_000 }), (label, now) => {
        const name = testDatabaseName(label, now);
        return name.length <= 63 && /^[a-z0-9_]+$/.test(name) && testDatabaseCreatedAt(name) === Math.floor(now / 1000) * 1000;
      }),
    );
  });

  it('leaves databases it did not name alone', () => {
    expect(testDatabaseCreatedAt('samenleven_reporting')).toBeUndefined();
    expect(testDatabaseCreatedAt('samenleven_test_skeleton_reporting_6b59cb6f')).toBeUndefined();
  });
});
