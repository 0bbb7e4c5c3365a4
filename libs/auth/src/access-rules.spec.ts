import { describe, expect, it } from '@jest/globals';
import { ForbiddenException } from '@nestjs/common';
import fc from 'fast-check';
import { assertGovernmentAccess, assertNetworkAccess, canAccessGovernment } from './access-rules.js';
import type { Principal } from './principal.js';

const abb: Principal = { subject: 'a', role: 'abb', organisationCode: 'OVO002949', governmentCodes: [], networkIds: [] };
const gent: Principal = { subject: 'g', role: 'government', organisationCode: '44021', governmentCodes: ['44021'], networkIds: [] };
const groupLead: Principal = { ...gent, governmentCodes: ['44021', '44083'] };
const mentor: Principal = { subject: 'm', role: 'mentor', organisationCode: null, governmentCodes: [], networkIds: ['net-1'] };

describe('assertGovernmentAccess', () => {
  it('lets ABB act for any government', () => {
    expect(() => assertGovernmentAccess(abb, '11002')).not.toThrow();
  });

  it('lets a government act for itself and, as group lead, for its group', () => {
    expect(() => assertGovernmentAccess(gent, '44021')).not.toThrow();
    expect(() => assertGovernmentAccess(groupLead, '44083')).not.toThrow();
  });

  it('refuses another government with a 403 naming the code', () => {
    expect(() => assertGovernmentAccess(gent, '11002')).toThrow(
      new ForbiddenException('no access to local government 11002: this token is for local government 44021'),
    );
    expect(() => assertGovernmentAccess(mentor, '44021')).toThrow(ForbiddenException);
  });

  it('grants a government exactly the codes in its token (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^\d{5}$/), { maxLength: 5 }), fc.stringMatching(/^\d{5}$/), (codes, asked) => {
        expect(canAccessGovernment({ ...gent, governmentCodes: codes }, asked)).toBe(codes.includes(asked));
      }),
    );
  });
});

describe('assertNetworkAccess', () => {
  it('lets ABB and the network’s own mentor in, and no one else', () => {
    expect(() => assertNetworkAccess(abb, 'net-9')).not.toThrow();
    expect(() => assertNetworkAccess(mentor, 'net-1')).not.toThrow();
    expect(() => assertNetworkAccess(mentor, 'net-2')).toThrow(
      new ForbiddenException('no access to learning network net-2: this token is for network net-1'),
    );
    expect(() => assertNetworkAccess(gent, 'net-1')).toThrow('role government has no access to learning networks');
  });
});
