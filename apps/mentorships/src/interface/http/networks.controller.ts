import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { ListNetworksHandler, type LearningNetworkView } from '../../application/list-networks/list-networks.handler.js';

export class LearningNetworkResponse {
  @ApiProperty({ example: 'network-44021-A05-PJ1', description: 'network-<mentor>-A<action>-PJ<project year>' }) id: string;
  @ApiProperty({ example: '44021', description: 'the mentor government, which runs the network' }) mentorCode: string;
  @ApiProperty({ example: 5 }) actionNumber: number;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 1000000, description: 'the mentorship stimulus, EUR 10,000' }) amountCents: number;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e', description: 'the application whose decision granted it' })
  applicationId: string;
  @ApiProperty({
    enum: ['names-only', 'names-and-statuses', 'figures'],
    example: 'names-and-statuses',
    description: 'what members see of each other',
  })
  sharing: string;
}

@ApiTags('learning networks')
@ApiBearerAuth()
@Controller('networks')
export class NetworksController {
  constructor(private readonly listNetworks: ListNetworksHandler) {}

  /** ABB sees every network; a mentor the networks its token names; a government those it is invited to or in. */
  @Get()
  @Roles('abb', 'mentor', 'government')
  @ApiOperation({
    summary:
      'The learning networks opened by granted mentorships (ABB: all; a mentor: its own; a government: those it is invited to or in)',
  })
  @ApiOkResponse({ type: [LearningNetworkResponse] })
  networks(@CurrentPrincipal() principal: Principal): Promise<LearningNetworkView[]> {
    if (principal.role === 'government') return this.listNetworks.execute({ governmentCodes: principal.governmentCodes });
    return this.listNetworks.execute({ networkIds: principal.role === 'abb' ? undefined : principal.networkIds });
  }
}
