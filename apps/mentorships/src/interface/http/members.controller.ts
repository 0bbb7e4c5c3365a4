import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { ApiProblem } from '#platform';
import { ChangeMembershipHandler } from '../../application/change-membership/change-membership.handler.js';
import type { MembershipView } from '../../application/change-membership/membership-view.js';
import { ListMembersHandler } from '../../application/list-members/list-members.handler.js';
import { ListSuggestionsHandler } from '../../application/list-suggestions/list-suggestions.handler.js';
import type { Suggestion } from '../../domain/member-standing.js';
import { NetworkAccessGuard } from './network-access.js';
import { InviteMemberDto, MembershipResponse, SuggestionResponse } from './members.dto.js';

const NETWORK_PARAM = { name: 'networkId', example: 'network-12025-A22-PJ1', description: 'network-<mentor>-A<action>-PJ<project year>' };
const GOVERNMENT_PARAM = { name: 'governmentCode', example: '44021' };

@ApiTags('learning networks')
@ApiBearerAuth()
@Controller('networks/:networkId')
export class MembersController {
  constructor(
    private readonly access: NetworkAccessGuard,
    private readonly changeMembership: ChangeMembershipHandler,
    private readonly listMembers: ListMembersHandler,
    private readonly listSuggestions: ListSuggestionsHandler,
  ) {}

  @Get('members')
  @Roles('abb', 'mentor', 'government')
  @ApiOperation({
    summary: "A network's invited, current and former members with their state (a government: of a network it is invited to or in)",
  })
  @ApiParam(NETWORK_PARAM)
  @ApiOkResponse({ type: [MembershipResponse] })
  @ApiProblem(403, 'a mentor of another network, or a government not invited to or in this one')
  @ApiProblem(404, 'no learning network of that id')
  async members(@Param('networkId') networkId: string, @CurrentPrincipal() principal: Principal): Promise<MembershipView[]> {
    await this.access.toView(principal, networkId);
    return this.listMembers.execute({ networkId });
  }

  @Get('suggestions')
  @Roles('abb', 'mentor')
  @ApiOperation({ summary: 'Whom to invite: governments with targets on the action that year, lagging or at risk first, then the rest' })
  @ApiParam(NETWORK_PARAM)
  @ApiOkResponse({ type: [SuggestionResponse] })
  @ApiProblem(403, 'a mentor of another network')
  @ApiProblem(404, 'no learning network of that id')
  async suggestions(@Param('networkId') networkId: string, @CurrentPrincipal() principal: Principal): Promise<Suggestion[]> {
    await this.access.toManage(principal, networkId);
    return this.listSuggestions.execute({ networkId });
  }

  @Post('invitations')
  @HttpCode(201)
  @Roles('abb', 'mentor')
  @ApiOperation({ summary: 'Invite a government into the network (announced as member-invited; the government gets an e-mail)' })
  @ApiParam(NETWORK_PARAM)
  @ApiCreatedResponse({ type: MembershipResponse })
  @ApiProblem(400, 'governmentCode malformed, or the mentor itself')
  @ApiProblem(403, 'a mentor of another network')
  @ApiProblem(404, 'no learning network of that id')
  @ApiProblem(409, 'the government is already invited or a member')
  async invite(
    @Param('networkId') networkId: string,
    @Body() body: InviteMemberDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MembershipView> {
    await this.access.toManage(principal, networkId);
    return this.changeMembership.execute({ networkId, governmentCode: body.governmentCode, change: 'invite' });
  }

  @Post('invitations/:governmentCode/accept')
  @HttpCode(200)
  @Roles('government')
  @ApiOperation({ summary: 'The invited government accepts: it becomes a member (network-members-changed)' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(GOVERNMENT_PARAM)
  @ApiOkResponse({ type: MembershipResponse })
  @ApiProblem(403, 'a token for another government')
  @ApiProblem(404, 'no learning network of that id, or no open invitation for the government')
  accept(
    @Param('networkId') networkId: string,
    @Param('governmentCode') governmentCode: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MembershipView> {
    assertGovernmentAccess(principal, governmentCode);
    return this.changeMembership.execute({ networkId, governmentCode, change: 'accept' });
  }

  @Post('invitations/:governmentCode/decline')
  @HttpCode(200)
  @Roles('government')
  @ApiOperation({ summary: 'The invited government declines the invitation' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(GOVERNMENT_PARAM)
  @ApiOkResponse({ type: MembershipResponse })
  @ApiProblem(403, 'a token for another government')
  @ApiProblem(404, 'no learning network of that id, or no open invitation for the government')
  decline(
    @Param('networkId') networkId: string,
    @Param('governmentCode') governmentCode: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MembershipView> {
    assertGovernmentAccess(principal, governmentCode);
    return this.changeMembership.execute({ networkId, governmentCode, change: 'decline' });
  }

  @Put('members/:governmentCode')
  @Roles('abb')
  @ApiOperation({ summary: 'ABB adds a government as a member (no invitation needed; network-members-changed)' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(GOVERNMENT_PARAM)
  @ApiOkResponse({ type: MembershipResponse })
  @ApiProblem(400, 'the mentor itself')
  @ApiProblem(404, 'no learning network of that id')
  @ApiProblem(409, 'already a member')
  add(@Param('networkId') networkId: string, @Param('governmentCode') governmentCode: string): Promise<MembershipView> {
    return this.changeMembership.execute({ networkId, governmentCode, change: 'add' });
  }

  /** A government leaves; ABB removes. */
  @Delete('members/:governmentCode')
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'A member leaves the network (government) or is removed (ABB) (network-members-changed)' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(GOVERNMENT_PARAM)
  @ApiOkResponse({ type: MembershipResponse })
  @ApiProblem(403, 'a token for another government')
  @ApiProblem(404, 'no learning network of that id, or the government is not a member')
  leaveOrRemove(
    @Param('networkId') networkId: string,
    @Param('governmentCode') governmentCode: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MembershipView> {
    assertGovernmentAccess(principal, governmentCode);
    return this.changeMembership.execute({ networkId, governmentCode, change: principal.role === 'abb' ? 'remove' : 'leave' });
  }
}
