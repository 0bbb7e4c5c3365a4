import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ACM_ROLE_NAMES, claimsForTokenRequest, CLAIMS, DEV_ABB_ORGANISATION, principalFromClaims, tokenRequestProblem } from './claims.js';
import type { Principal } from './principal.js';

const mapped = (claims: Record<string, unknown>): Principal => {
  const result = principalFromClaims(claims);
  if (!result.ok) throw new Error(result.reason);
  return result.principal;
};

const refusal = (claims: Record<string, unknown>): string => {
  const result = principalFromClaims(claims);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.principal)}`);
  return result.reason;
};

describe('principalFromClaims (ACM/IDM claims to Principal)', () => {
  it('maps a local government officer: vo_orgcode and its 3D role', () => {
    expect(
      mapped({
        sub: 'p-1',
        vo_orgcode: '44021',
        vo_doelgroepcode: 'LB',
        given_name: 'An',
        family_name: 'Peeters',
        dv_samenleven_rol_3d: ['SamenlevenLokaalBestuur:44021'],
      }),
    ).toEqual({
      subject: 'p-1',
      role: 'government',
      organisationCode: '44021',
      governmentCodes: ['44021'],
      networkIds: [],
      name: 'An Peeters',
    });
  });

  it('gives a group lead every government its roles are scoped to', () => {
    const principal = mapped({
      sub: 'p-2',
      vo_orgcode: '44021',
      dv_samenleven_rol_3d: ['SamenlevenLokaalBestuur:44021', 'SamenlevenLokaalBestuur:44083', 'SamenlevenLokaalBestuur:44083'],
    });
    expect(principal.governmentCodes).toEqual(['44021', '44083']);
    expect(principal.organisationCode).toBe('44021');
  });

  it('accepts one role as a plain string and comma-joined lists', () => {
    expect(mapped({ sub: 's', dv_samenleven_rol_3d: 'SamenlevenMentor:net-1' }).networkIds).toEqual(['net-1']);
    expect(mapped({ sub: 's', dv_samenleven_rol_3d: 'SamenlevenMentor:net-1, SamenlevenMentor:net-2' }).networkIds).toEqual([
      'net-1',
      'net-2',
    ]);
  });

  it('takes the OVO code of an ABB role as organisation when vo_orgcode is absent', () => {
    expect(mapped({ sub: 'a', dv_samenleven_rol_3d: ['SamenlevenABB:OVO002949'] })).toMatchObject({
      role: 'abb',
      organisationCode: 'OVO002949',
      governmentCodes: [],
      networkIds: [],
    });
  });

  it("ignores other applications' roles and malformed entries", () => {
    const principal = mapped({
      sub: 's',
      dv_samenleven_rol_3d: [
        'LoketGebruiker:44021',
        'SamenlevenLokaalBestuur',
        'SamenlevenLokaalBestuur:',
        'SamenlevenLokaalBestuur:a b',
        'SamenlevenLokaalBestuur:12025',
        7,
      ],
    });
    expect(principal.governmentCodes).toEqual(['12025']);
  });

  it('refuses a token without a Samenleven role, without a subject, or with two kinds of role', () => {
    expect(refusal({ sub: 's' })).toContain('no Samenleven role');
    expect(refusal({ sub: 's', dv_samenleven_rol_3d: ['LoketGebruiker:44021'] })).toContain('no Samenleven role');
    expect(refusal({ dv_samenleven_rol_3d: ['SamenlevenABB:OVO002949'] })).toContain('no subject');
    expect(refusal({ sub: 's', dv_samenleven_rol_3d: ['SamenlevenABB:OVO002949', 'SamenlevenLokaalBestuur:44021'] })).toContain(
      'more than one kind',
    );
  });

  it('never grants a government code or network that is not a scope of a role of that kind (property)', () => {
    const code = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    const entry = fc
      .tuple(fc.constantFrom(...Object.values(ACM_ROLE_NAMES), 'Other', ''), fc.oneof(code, fc.string()))
      .map(([name, scope]) => `${name}:${scope}`);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.option(code, { nil: undefined }), (entries, org) => {
        const result = principalFromClaims({ sub: 'x', [CLAIMS.roles]: entries, [CLAIMS.organisationCode]: org });
        if (!result.ok) return;
        const { principal } = result;
        // Entries are read as ACM may send them: comma-joined, with spaces around.
        const given = entries.flatMap((entry) => entry.split(',')).map((entry) => entry.trim());
        for (const granted of principal.governmentCodes) expect(given).toContain(`${ACM_ROLE_NAMES.government}:${granted}`);
        for (const granted of principal.networkIds) expect(given).toContain(`${ACM_ROLE_NAMES.mentor}:${granted}`);
        if (principal.role !== 'government') expect(principal.governmentCodes).toEqual([]);
        if (principal.role !== 'mentor') expect(principal.networkIds).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what the development issuer writes (property)', () => {
    const code = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    const codes = fc.uniqueArray(code, { minLength: 1, maxLength: 4 });
    const request = fc.oneof(
      fc.record({ role: fc.constant('abb' as const) }),
      codes.map((orgs) => ({ role: 'government' as const, org: orgs.join(',') })),
      codes.map((networks) => ({ role: 'mentor' as const, network: networks.join(',') })),
    );
    fc.assert(
      fc.property(request, (tokenRequest) => {
        expect(tokenRequestProblem(tokenRequest)).toBeNull();
        const principal = mapped(claimsForTokenRequest(tokenRequest));
        expect(principal.role).toBe(tokenRequest.role);
        if (tokenRequest.role === 'government') expect(principal.governmentCodes).toEqual(tokenRequest.org.split(','));
        if (tokenRequest.role === 'government') expect(principal.organisationCode).toBe(tokenRequest.org.split(',')[0]);
        if (tokenRequest.role === 'mentor') expect(principal.networkIds).toEqual(tokenRequest.network.split(','));
        if (tokenRequest.role === 'abb') expect(principal.organisationCode).toBe(DEV_ABB_ORGANISATION);
      }),
    );
  });
});

describe('tokenRequestProblem', () => {
  it('names what is missing or wrong', () => {
    expect(tokenRequestProblem({ role: 'admin' })).toBe('role must be one of abb, government, mentor; got "admin"');
    expect(tokenRequestProblem({ role: 'government' })).toContain('needs org');
    expect(tokenRequestProblem({ role: 'mentor' })).toContain('needs network');
    expect(tokenRequestProblem({ role: 'abb', network: 'n1' })).toContain('mentors only');
    expect(tokenRequestProblem({ role: 'government', org: "44021'; drop" })).toContain('is not a valid code');
    expect(tokenRequestProblem({ role: 'government', org: 44021 })).toBe('org must be a string');
    expect(tokenRequestProblem({ role: 'government', org: '44021' })).toBeNull();
  });
});
