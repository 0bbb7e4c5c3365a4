import { ForbiddenException } from '@nestjs/common';
import type { Principal, Role } from './principal.js';

/** ABB acts for every government; a government user only for the codes in its token (its own and its group's). */
export const canAccessGovernment = (principal: Principal, governmentCode: string): boolean =>
  principal.role === 'abb' || (principal.role === 'government' && principal.governmentCodes.includes(governmentCode));

/** ABB reaches every learning network; a mentor only the networks in its token. */
export const canAccessNetwork = (principal: Principal, networkId: string): boolean =>
  principal.role === 'abb' || (principal.role === 'mentor' && principal.networkIds.includes(networkId));

export const assertGovernmentAccess = (principal: Principal, governmentCode: string): void => {
  if (canAccessGovernment(principal, governmentCode)) return;
  const who =
    principal.role === 'government'
      ? `this token is for local government ${principal.governmentCodes.join(', ')}`
      : `role ${principal.role} has no access to local governments`;
  throw new ForbiddenException(`no access to local government ${governmentCode}: ${who}`);
};

export const assertNetworkAccess = (principal: Principal, networkId: string): void => {
  if (canAccessNetwork(principal, networkId)) return;
  const who =
    principal.role === 'mentor'
      ? `this token is for network ${principal.networkIds.join(', ')}`
      : `role ${principal.role} has no access to learning networks`;
  throw new ForbiddenException(`no access to learning network ${networkId}: ${who}`);
};

/** The 403 message when a route is not for the caller's role. */
export const roleRefusal = (allowed: readonly Role[], role: Role): string =>
  `this route is for role ${allowed.join(' or ')}; the token's role is ${role}`;
