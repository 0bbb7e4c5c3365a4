import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { ApiProblem } from '#platform';
import { ChangeSharingHandler } from '../../application/change-sharing/change-sharing.handler.js';
import { GetNetworkPageHandler, type NetworkPageView } from '../../application/get-network-page/get-network-page.handler.js';
import type { NetworkSharing } from '../../domain/network-sharing.js';
import { NetworkAccessGuard } from './network-access.js';
import { ChangeSharingDto, NetworkPageResponse, SharingResponse } from './network-page.dto.js';

const NETWORK_PARAM = { name: 'networkId', example: 'network-12025-A22-PJ1' };

@ApiTags('learning networks')
@ApiBearerAuth()
@Controller('networks/:networkId')
export class NetworkPageController {
  constructor(
    private readonly access: NetworkAccessGuard,
    private readonly getNetworkPage: GetNetworkPageHandler,
    private readonly changeSharing: ChangeSharingHandler,
  ) {}

  @Get()
  @Roles('abb', 'mentor', 'government')
  @ApiOperation({
    summary: "The network's page: each member's target, realised value and status on the action, sessions attended, and who caught up",
  })
  @ApiParam(NETWORK_PARAM)
  @ApiOkResponse({ type: NetworkPageResponse })
  @ApiProblem(403, 'a mentor of another network, or a government not invited to or in this one')
  @ApiProblem(404, 'no learning network of that id')
  async page(@Param('networkId') networkId: string, @CurrentPrincipal() principal: Principal): Promise<NetworkPageView> {
    const access = await this.access.toView(principal, networkId);
    return this.getNetworkPage.execute({
      networkId,
      viewer: { manages: principal.role !== 'government', governmentCodes: principal.role === 'government' ? access.involvedCodes : [] },
    });
  }

  @Put('sharing')
  @Roles('abb', 'mentor')
  @ApiOperation({ summary: "Choose what members see of each other's progress: names-only, names-and-statuses (default) or figures" })
  @ApiParam(NETWORK_PARAM)
  @ApiOkResponse({ type: SharingResponse })
  @ApiProblem(400, 'sharing is not one of the three settings')
  @ApiProblem(403, 'a mentor of another network')
  @ApiProblem(404, 'no learning network of that id')
  async sharing(
    @Param('networkId') networkId: string,
    @Body() body: ChangeSharingDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ networkId: string; sharing: NetworkSharing }> {
    await this.access.toManage(principal, networkId);
    return this.changeSharing.execute({ networkId, sharing: body.sharing });
  }
}
