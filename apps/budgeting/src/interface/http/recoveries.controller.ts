import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { ApiProblem } from '#platform';
import { DecideRecoveryHandler } from '../../application/decide-recovery/decide-recovery.handler.js';
import { ListRecoveriesHandler, type RecoveryView } from '../../application/list-recoveries/list-recoveries.handler.js';
import { ConfirmRecoveryDto, RecoveriesQueryDto, RecoveryIdParamDto, WaiveRecoveryDto } from './recoveries.dto.js';
import { RecoveryResponse } from './recoveries.views.js';

@ApiTags('recoveries')
@ApiBearerAuth()
@Controller('recoveries')
export class RecoveriesController {
  constructor(
    private readonly list: ListRecoveriesHandler,
    private readonly decide: DecideRecoveryHandler,
  ) {}

  @Get()
  @Roles('abb', 'government')
  @ApiOperation({
    summary: "Recovery proposals of a project year (terugvordering) and ABB's decisions on them, per government and indicator",
    description: 'A government officer sees only its own and must pass its governmentCode.',
  })
  @ApiOkResponse({ type: [RecoveryResponse] })
  @ApiProblem(400, 'projectYear, governmentCode or status is invalid')
  @ApiProblem(403, 'a government officer asked for every government or for another one')
  recoveries(@Query() query: RecoveriesQueryDto, @CurrentPrincipal() principal: Principal): Promise<RecoveryView[]> {
    if (query.governmentCode === undefined) {
      if (principal.role !== 'abb')
        throw new ForbiddenException('governmentCode: a local government sees only its own recoveries; pass its code');
    } else assertGovernmentAccess(principal, query.governmentCode);
    return this.list.execute(query);
  }

  @Post(':recoveryId/confirm')
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({
    summary: 'Confirm a proposed recovery, fully or a lower amount with a reason: charged to the government and booked in the ledger',
  })
  @ApiOkResponse({ type: RecoveryResponse })
  @ApiProblem(400, 'recoveryId, amountCents (not whole cents, above the proposal) or reason (missing for a lower amount) is invalid')
  @ApiProblem(403, 'not ABB')
  @ApiProblem(404, 'no such recovery')
  @ApiProblem(409, 'decided already, or more than the government was paid (release the due balance first)')
  confirm(
    @Param() params: RecoveryIdParamDto,
    @Body() body: ConfirmRecoveryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecoveryView> {
    return this.decide.execute({ recoveryId: params.recoveryId, outcome: 'confirmed', ...body, decidedBy: principal.subject });
  }

  @Post(':recoveryId/waive')
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({ summary: 'Waive a proposed recovery, with a reason: nothing is charged' })
  @ApiOkResponse({ type: RecoveryResponse })
  @ApiProblem(400, 'recoveryId or reason is invalid')
  @ApiProblem(403, 'not ABB')
  @ApiProblem(404, 'no such recovery')
  @ApiProblem(409, 'decided already')
  waive(
    @Param() params: RecoveryIdParamDto,
    @Body() body: WaiveRecoveryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecoveryView> {
    return this.decide.execute({ recoveryId: params.recoveryId, outcome: 'waived', reason: body.reason, decidedBy: principal.subject });
  }
}
