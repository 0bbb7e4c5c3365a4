import { isRole, type Principal, type Role } from './principal.js';

/**
 * Claim names, modelled on the Flemish government's ACM/IDM (libs/auth/README.md): `vo_orgcode` is the
 * organisation the user chose at sign-in, `vo_doelgroepcode` its target group, and the application's
 * "3D role" claim lists `RoleName:OrganisationKey` entries.
 */
export const CLAIMS = {
  organisationCode: 'vo_orgcode',
  targetGroup: 'vo_doelgroepcode',
  roles: 'dv_samenleven_rol_3d',
} as const;

/** ACM role names per platform role; the part after ':' scopes the role. */
export const ACM_ROLE_NAMES: Record<Role, string> = {
  abb: 'SamenlevenABB',
  government: 'SamenlevenLokaalBestuur',
  mentor: 'SamenlevenMentor',
};

/** ACM target groups (doelgroepen): GID = Flemish government entities, LB = local governments, EA = other organisations. */
export const TARGET_GROUPS: Record<Role, string> = { abb: 'GID', government: 'LB', mentor: 'EA' };

/** The organisation the development issuer signs ABB users in for when none is given. */
export const DEV_ABB_ORGANISATION = 'OVO002949';

/** Organisation codes, NIS codes and network ids: short, no separators, nothing to inject. */
const SCOPE = /^[A-Za-z0-9_-]{1,64}$/;

export type ClaimsMapping = { ok: true; principal: Principal } | { ok: false; reason: string };

const roleForAcmName = new Map<string, Role>(Object.entries(ACM_ROLE_NAMES).map(([role, name]) => [name, role as Role]));

const stringClaim = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** ACM sends one role as a string and several as an array; some integrations join them with commas. */
const roleEntries = (value: unknown): string[] => {
  const raw =
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  return raw
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
};

const displayName = (claims: Record<string, unknown>): string | undefined => {
  const name = stringClaim(claims.name);
  if (name) return name;
  const parts = [stringClaim(claims.given_name), stringClaim(claims.family_name)].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
};

const unique = (values: string[]): string[] => [...new Set(values)];

/**
 * Maps verified token claims to a Principal. Pure: signature, issuer, audience and expiry are checked
 * before this runs. Roles of other applications and malformed entries are ignored; a token with no
 * Samenleven role, or with roles of more than one kind, maps to nothing (the user must sign in with
 * one capacity, as ACM's capacity choice intends).
 */
export const principalFromClaims = (claims: Record<string, unknown>): ClaimsMapping => {
  const subject = stringClaim(claims.sub);
  if (!subject) return { ok: false, reason: 'the token has no subject (sub)' };
  const scopes = new Map<Role, string[]>();
  for (const entry of roleEntries(claims[CLAIMS.roles])) {
    const separator = entry.indexOf(':');
    if (separator <= 0) continue;
    const role = roleForAcmName.get(entry.slice(0, separator));
    const scope = entry.slice(separator + 1);
    if (!role || !SCOPE.test(scope)) continue;
    scopes.set(role, [...(scopes.get(role) ?? []), scope]);
  }
  const roles = [...scopes.keys()];
  if (roles.length === 0) return { ok: false, reason: `the token carries no Samenleven role (claim ${CLAIMS.roles})` };
  if (roles.length > 1)
    return {
      ok: false,
      reason: `the token carries more than one kind of Samenleven role (${roles.join(', ')}); sign in with one capacity`,
    };
  const role = roles[0];
  if (!isRole(role)) return { ok: false, reason: 'unknown role' };
  const scoped = unique(scopes.get(role) ?? []);
  const organisationClaim = stringClaim(claims[CLAIMS.organisationCode]);
  const organisationCode = organisationClaim && SCOPE.test(organisationClaim) ? organisationClaim : null;
  const name = displayName(claims);
  return {
    ok: true,
    principal: {
      subject,
      role,
      // ABB's role is scoped by its own OVO code, so that code names the organisation when vo_orgcode is absent.
      organisationCode: organisationCode ?? (role === 'abb' ? (scoped[0] ?? null) : null),
      governmentCodes: role === 'government' ? scoped : [],
      networkIds: role === 'mentor' ? scoped : [],
      ...(name === undefined ? {} : { name }),
    },
  };
};

/** What the development issuer is asked for: `org` and `network` may list several codes, comma-separated. */
export interface TokenRequest {
  role: Role;
  /** government: its own code first, then those of its group (e.g. '44021,44083'); abb: an OVO code; mentor: optional. */
  org?: string;
  /** mentor: the learning network(s) it guides. */
  network?: string;
  subject?: string;
  /** jose time span, e.g. '1h' or '-5m' (already expired, for tests). */
  expiresIn?: string;
}

const splitCodes = (value: string | undefined): string[] =>
  unique(
    (value ?? '')
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== ''),
  );

/** Checks a token request; returns the problem in words, or null when it is fine. */
export const tokenRequestProblem = (request: Partial<Record<keyof TokenRequest, unknown>>): string | null => {
  if (!isRole(request.role)) return `role must be one of abb, government, mentor; got ${JSON.stringify(request.role)}`;
  for (const field of ['org', 'network', 'subject', 'expiresIn'] as const) {
    if (request[field] !== undefined && typeof request[field] !== 'string') return `${field} must be a string`;
  }
  const orgs = splitCodes(request.org as string | undefined);
  const networks = splitCodes(request.network as string | undefined);
  const bad = [...orgs, ...networks].find((code) => !SCOPE.test(code));
  if (bad !== undefined) return `"${bad}" is not a valid code (letters, digits, - and _ only)`;
  if (request.role === 'government' && orgs.length === 0)
    return 'a government token needs org (the NIS code of the local government, e.g. 44021)';
  if (request.role === 'mentor' && networks.length === 0) return 'a mentor token needs network (the id of the learning network)';
  if (request.role !== 'mentor' && networks.length > 0) return `network applies to mentors only, not to ${request.role}`;
  if (request.role === 'abb' && orgs.length > 1) return 'an abb token names one organisation';
  return null;
};

/** The ACM/IDM-style claims (besides iss, aud, iat, exp) the development issuer puts in a token. */
export const claimsForTokenRequest = (request: TokenRequest): Record<string, unknown> => {
  const orgs = splitCodes(request.org);
  const networks = splitCodes(request.network);
  const roleScopes = request.role === 'government' ? orgs : request.role === 'mentor' ? networks : [orgs[0] ?? DEV_ABB_ORGANISATION];
  const organisationCode = request.role === 'abb' ? (orgs[0] ?? DEV_ABB_ORGANISATION) : orgs[0];
  const subject = request.subject ?? `dev-${request.role}-${(organisationCode ?? networks[0] ?? 'user').toLowerCase()}`;
  return {
    sub: subject,
    name: `Development ${request.role} user${organisationCode ? ` (${organisationCode})` : ''}`,
    [CLAIMS.targetGroup]: TARGET_GROUPS[request.role],
    ...(organisationCode === undefined ? {} : { [CLAIMS.organisationCode]: organisationCode }),
    [CLAIMS.roles]: roleScopes.map((scope) => `${ACM_ROLE_NAMES[request.role]}:${scope}`),
  };
};
