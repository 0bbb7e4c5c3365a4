import { describe, expect, it } from '@jest/globals';
import { isNewlyLagging } from './lagging-notice.js';

describe('isNewlyLagging', () => {
  it('is true only for a change into lagging', () => {
    expect(isNewlyLagging('not-reported', 'lagging')).toBe(true);
    expect(isNewlyLagging('on-track', 'lagging')).toBe(true);
    expect(isNewlyLagging('lagging', 'lagging')).toBe(false);
    expect(isNewlyLagging('lagging', 'at-risk')).toBe(false);
  });
});
