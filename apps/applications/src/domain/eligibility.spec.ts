import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { governmentEligibility, groupEligibility, groupNonEuOriginInhabitants, type EligibilityFacts } from './eligibility.js';

const municipality = (code: string, nonEuOriginInhabitants: number | null): EligibilityFacts => ({
  code,
  name: `Gemeente ${code}`,
  kind: 'municipality',
  nonEuOriginInhabitants,
});

describe('eligibility (catalogue rule eligibility)', () => {
  it('a municipality is eligible alone with more than 7,500 inhabitants of non-EU origin, not with exactly 7,500', () => {
    expect(governmentEligibility(municipality('44021', 7501))).toEqual({ eligible: true });
    const refused = governmentEligibility(municipality('44021', 7500));
    expect(refused).toEqual({ eligible: false, reason: expect.stringContaining('has 7,500 inhabitants of non-EU origin') });
    expect(refused.eligible || refused.reason).toContain('more than 7,500');
  });

  it('an unknown count is not established, and the reason says ABB must record it', () => {
    const refused = governmentEligibility(municipality('44021', null));
    expect(refused).toEqual({ eligible: false, reason: expect.stringContaining('is not recorded, so eligibility cannot be established') });
    expect(refused.eligible || refused.reason).toContain('ABB must record it');
  });

  it('VGC and vzw de Rand are eligible whatever their count', () => {
    expect(governmentEligibility({ code: 'VGC', name: 'VGC', kind: 'vgc', nonEuOriginInhabitants: null })).toEqual({ eligible: true });
    expect(governmentEligibility({ code: 'DE-RAND', name: 'vzw de Rand', kind: 'de-rand', nonEuOriginInhabitants: 0 })).toEqual({
      eligible: true,
    });
  });

  it('a group is eligible when its members together pass 7,500; the refusal lists every member with its count', () => {
    expect(groupEligibility('GROUP-DENDER', [municipality('41002', 4000), municipality('41011', 3501)])).toEqual({ eligible: true });
    const refused = groupEligibility('GROUP-DENDER', [municipality('41002', 4000), municipality('41011', 3500)]);
    expect(refused.eligible || refused.reason).toBe(
      'group GROUP-DENDER has 7,500 inhabitants of non-EU origin together (41002: 4,000, 41011: 3,500); a group needs more than 7,500',
    );
  });

  it('a group with a member of unknown count is not established, naming that member', () => {
    const refused = groupEligibility('GROUP-DENDER', [municipality('41002', 9000), municipality('41011', null)]);
    expect(refused.eligible || refused.reason).toMatch(/GROUP-DENDER: the number .* of Gemeente 41011 \(41011\) is not recorded/);
    expect(groupNonEuOriginInhabitants([municipality('41002', 9000), municipality('41011', null)])).toBeNull();
  });

  it('a group is eligible exactly when the sum of its members passes the threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 8 }), (counts) => {
        const members = counts.map((value, index) => municipality(String(10000 + index), value));
        const sum = counts.reduce((total, value) => total + value, 0);
        expect(groupNonEuOriginInhabitants(members)).toBe(sum);
        expect(groupEligibility('GROUP-X', members).eligible).toBe(sum > 7500);
      }),
    );
  });
});
