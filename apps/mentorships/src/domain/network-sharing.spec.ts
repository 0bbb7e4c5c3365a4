import { describe, expect, it } from '@jest/globals';
import { RuleViolation } from '#domain';
import { parseSharing, visibilityOf } from './network-sharing.js';

describe('network sharing', () => {
  const mentor = { manages: true, governmentCodes: [] };
  const gent = { manages: false, governmentCodes: ['44021'] };

  it('shows the mentor, ABB and the member itself every figure, whatever the setting', () => {
    expect(visibilityOf(mentor, '11002', 'names-only')).toBe('figures');
    expect(visibilityOf(gent, '44021', 'names-only')).toBe('figures');
  });

  it("shows other members' names and statuses by default, figures only when the network shares them", () => {
    expect(visibilityOf(gent, '11002', 'names-and-statuses')).toBe('status');
    expect(visibilityOf(gent, '11002', 'names-only')).toBe('name');
    expect(visibilityOf(gent, '11002', 'figures')).toBe('figures');
  });

  it('knows only its three settings', () => {
    expect(parseSharing('figures')).toBe('figures');
    expect(() => parseSharing('everything')).toThrow(RuleViolation);
  });
});
