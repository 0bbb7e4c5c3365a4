import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertNetworkAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { NotFound } from '#domain';
import { ApiProblem } from '#platform';
import { GetNetworkFiguresHandler, type NetworkFiguresView } from '../../application/get-network-figures/get-network-figures.handler.js';
import { NetworkFiguresResponse } from './network-figures.views.js';

const NETWORK_ID = /^[A-Za-z0-9._:-]{1,100}$/;

@ApiTags('figures')
@ApiBearerAuth()
@Controller()
export class NetworkFiguresController {
  constructor(private readonly getNetworkFigures: GetNetworkFiguresHandler) {}

  @Get('networks/:networkId/figures')
  @Roles('abb', 'mentor')
  @ApiOperation({
    summary: "A learning network's members' target, realised total and statuses on the indicators of the network's action",
    description:
      "For the network's mentor (a mentor token naming the network) and ABB, in the network's project year, from the member " +
      'list mentorships last announced (network-members-changed).',
  })
  @ApiParam({
    name: 'networkId',
    example: 'network-A05',
    description: 'The network as mentorships names it (e.g. network-12025-A22-PJ1) and the mentor token lists it',
  })
  @ApiOkResponse({ type: NetworkFiguresResponse })
  @ApiProblem(403, 'not ABB, or a mentor of another network')
  @ApiProblem(404, 'no such learning network (or mentorships has not announced its members yet)')
  networkFigures(@Param('networkId') networkId: string, @CurrentPrincipal() principal: Principal): Promise<NetworkFiguresView> {
    assertNetworkAccess(principal, networkId);
    if (!NETWORK_ID.test(networkId)) throw new NotFound(`networkId: no learning network ${networkId} is known to reporting`);
    return this.getNetworkFigures.execute({ networkId });
  }
}
