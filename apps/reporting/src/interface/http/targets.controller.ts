import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import {
  ListExpectedReturnsHandler,
  type ExpectedReturnView,
} from '../../application/list-expected-returns/list-expected-returns.handler.js';
import { ListTargetsHandler, type CommittedTargetView } from '../../application/list-targets/list-targets.handler.js';
import { CommitmentsQueryDto, CommittedTargetResponse, ExpectedReturnResponse } from './targets.dto.js';

/** ABB may ask about every government; a government officer names its own (or its group's) code. */
const checkAccess = (principal: Principal, governmentCode: string | undefined): void => {
  if (governmentCode !== undefined) assertGovernmentAccess(principal, governmentCode);
  else if (principal.role !== 'abb') throw new ForbiddenException('governmentCode: name your own local government; only ABB sees them all');
};

@ApiTags('targets and expected returns')
@ApiBearerAuth()
@Controller()
export class TargetsController {
  constructor(
    private readonly listTargets: ListTargetsHandler,
    private readonly listExpectedReturns: ListExpectedReturnsHandler,
  ) {}

  @Get('targets')
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'The committed targets per government, project year and indicator, as the latest revision set them' })
  @ApiOkResponse({ type: [CommittedTargetResponse] })
  targets(@Query() query: CommitmentsQueryDto, @CurrentPrincipal() principal: Principal): Promise<CommittedTargetView[]> {
    checkAccess(principal, query.governmentCode);
    return this.listTargets.execute(query);
  }

  @Get('expected-returns')
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'The returns (interim and annual reports) each government owes, with covered dates and due date' })
  @ApiOkResponse({ type: [ExpectedReturnResponse] })
  expectedReturns(@Query() query: CommitmentsQueryDto, @CurrentPrincipal() principal: Principal): Promise<ExpectedReturnView[]> {
    checkAccess(principal, query.governmentCode);
    return this.listExpectedReturns.execute(query);
  }
}
