import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { supersedes } from './report-version.js';

describe('supersedes', () => {
  it('records the first version and every newer one, never an older or the same one', () => {
    expect(supersedes(undefined, 1)).toBe(true);
    expect(supersedes(1, 2)).toBe(true);
    expect(supersedes(2, 2)).toBe(false);
    expect(supersedes(3, 2)).toBe(false);
  });

  it('whatever order versions arrive in, the newest one is what stays recorded', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 30 }), (versions) => {
        let recorded: number | undefined;
        for (const version of versions) if (supersedes(recorded, version)) recorded = version;
        expect(recorded).toBe(Math.max(...versions));
      }),
    );
  });
});
