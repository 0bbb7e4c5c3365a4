import { Body, Controller, ForbiddenException, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { ApiProblem } from '#platform';
import { DeclareCofinancingHandler, type DeclaredCofinancing } from '../../application/declare-cofinancing/declare-cofinancing.handler.js';
import { ListCofinancingHandler, type CofinancingView } from '../../application/list-cofinancing/list-cofinancing.handler.js';
import { CofinancingParamsDto, CofinancingQueryDto, DeclareCofinancingDto } from './cofinancing.dto.js';
import { CofinancingResponse, DeclaredCofinancingResponse } from './cofinancing.views.js';

@ApiTags('co-financing')
@ApiBearerAuth()
@Controller('cofinancing')
export class CofinancingController {
  constructor(
    private readonly declare: DeclareCofinancingHandler,
    private readonly list: ListCofinancingHandler,
  ) {}

  @Put(':governmentCode/:projectYear')
  @Roles('government')
  @ApiOperation({
    summary: 'A government declares its co-financing of a project year (amount in cents and source); below the obligation is a shortfall',
    description:
      'Only the government itself declares (ABB reads). A later declaration replaces the earlier one; a shortfall is announced ' +
      '(cofinancing-shortfall-flagged) for ABB.',
  })
  @ApiOkResponse({ type: DeclaredCofinancingResponse })
  @ApiProblem(400, 'governmentCode, projectYear, declaredCents (not whole, non-negative cents) or source is invalid')
  @ApiProblem(403, 'the token is not for this government')
  @ApiProblem(409, 'no subsidy is committed to the government in that project year')
  declareCofinancing(
    @Param() params: CofinancingParamsDto,
    @Body() body: DeclareCofinancingDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeclaredCofinancing> {
    assertGovernmentAccess(principal, params.governmentCode);
    return this.declare.execute({ ...params, ...body, declaredBy: principal.subject });
  }

  @Get()
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'Co-financing of a project year per committed government: obligation, declaration in force, shortfall',
    description: 'shortfallOnly=true lists shortfalls and governments that declared nothing yet. A government sees only its own.',
  })
  @ApiOkResponse({ type: [CofinancingResponse] })
  @ApiProblem(400, 'projectYear, governmentCode or shortfallOnly is invalid')
  @ApiProblem(403, 'a government officer asked for every government or for another one')
  cofinancing(@Query() query: CofinancingQueryDto, @CurrentPrincipal() principal: Principal): Promise<CofinancingView[]> {
    if (query.governmentCode === undefined) {
      if (principal.role !== 'abb')
        throw new ForbiddenException('governmentCode: a local government sees only its own co-financing; pass its code');
    } else assertGovernmentAccess(principal, query.governmentCode);
    return this.list.execute({
      projectYear: query.projectYear,
      governmentCode: query.governmentCode,
      shortfallOnly: query.shortfallOnly === 'true',
    });
  }
}
