import { ForbiddenException, Injectable } from '@nestjs/common';
import { assertNetworkAccess, type Principal } from '#auth';
import { NetworkAccessHandler, type NetworkAccess } from '../../application/network-access/network-access.handler.js';

/**
 * Access to one network, checked after looking it up (an unknown network is 404 for everyone): ABB reaches every
 * network, a mentor the networks its token names, a government the networks it is invited to or in (viewing only).
 */
@Injectable()
export class NetworkAccessGuard {
  constructor(private readonly networkAccess: NetworkAccessHandler) {}

  /** The mentor of the network, or ABB. */
  async toManage(principal: Principal, networkId: string): Promise<NetworkAccess> {
    const access = await this.networkAccess.execute({ networkId, governmentCodes: [] });
    assertNetworkAccess(principal, networkId);
    return access;
  }

  /** The mentor, ABB, or a government invited to or in the network. */
  async toView(principal: Principal, networkId: string): Promise<NetworkAccess> {
    const access = await this.networkAccess.execute({ networkId, governmentCodes: principal.governmentCodes });
    if (principal.role !== 'government') assertNetworkAccess(principal, networkId);
    else if (access.involvedCodes.length === 0)
      throw new ForbiddenException(
        `no access to learning network ${networkId}: local government ${principal.governmentCodes.join(', ')} is not invited to or in it`,
      );
    return access;
  }

  /** A member of the network (the government user's code, its access checked before). */
  async asMember(networkId: string, governmentCode: string): Promise<NetworkAccess> {
    const access = await this.networkAccess.execute({ networkId, governmentCodes: [governmentCode] });
    if (!access.memberCodes.includes(governmentCode))
      throw new ForbiddenException(`no access to learning network ${networkId}: local government ${governmentCode} is not a member`);
    return access;
  }
}
