import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { ChangeGroupHandler } from '../../application/change-group/change-group.handler.js';
import { FormGroupHandler } from '../../application/form-group/form-group.handler.js';
import type { GroupView } from '../../application/form-group/group-view.js';
import { ListGroupsHandler } from '../../application/list-groups/list-groups.handler.js';
import { ApiProblem } from '#platform';
import { ChangeGroupDto, FormGroupDto, GroupResponse, GroupsQueryDto, GroupYearQueryDto } from './groups.dto.js';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('groups')
export class GroupsController {
  constructor(
    private readonly formGroupHandler: FormGroupHandler,
    private readonly changeGroupHandler: ChangeGroupHandler,
    private readonly listGroupsHandler: ListGroupsHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('abb')
  @ApiOperation({ summary: 'Form a group of municipalities for a project year; its lead applies under the group code' })
  @ApiCreatedResponse({ type: GroupResponse })
  @ApiProblem(400, 'a member that is not a registered municipality, a lead that is not a member, fewer than two members')
  @ApiProblem(409, 'a member already in another group of the project year, or a group of that code already')
  formGroup(@Body() body: FormGroupDto): Promise<GroupView> {
    return this.formGroupHandler.execute(body);
  }

  @Patch(':groupCode')
  @Roles('abb')
  @ApiOperation({ summary: "Change a group's name, reference region, lead or members (the group code stays)" })
  @ApiParam({ name: 'groupCode', example: 'GROUP-SAMENWERKING-DENDERSTREEK' })
  @ApiOkResponse({ type: GroupResponse })
  @ApiProblem(400, 'as for forming a group')
  @ApiProblem(404, 'no group of that code in the project year')
  @ApiProblem(409, 'a member already in another group of the project year')
  changeGroup(@Param('groupCode') groupCode: string, @Query() query: GroupYearQueryDto, @Body() body: ChangeGroupDto): Promise<GroupView> {
    return this.changeGroupHandler.execute({ ...body, groupCode, projectYear: query.projectYear });
  }

  /** ABB sees every group; a government officer the groups it is a member of. */
  @Get()
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Groups (of a project year), with their count of inhabitants of non-EU origin and eligibility' })
  @ApiOkResponse({ type: [GroupResponse] })
  listGroups(@Query() query: GroupsQueryDto, @CurrentPrincipal() principal: Principal): Promise<GroupView[]> {
    return this.listGroupsHandler.execute({
      projectYear: query.projectYear,
      memberOf: principal.role === 'abb' ? undefined : principal.governmentCodes,
    });
  }
}
