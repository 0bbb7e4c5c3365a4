import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { GetBudgetHandler, type BudgetView } from '../../application/get-budget/get-budget.handler.js';
import { ListCommitmentsHandler, type CommitmentView } from '../../application/list-commitments/list-commitments.handler.js';
import { BudgetQueryDto, CommitmentsQueryDto } from './budgeting.query.dto.js';
import { BudgetResponse, CommitmentResponse } from './budgeting.views.js';

@ApiTags('budgeting')
@ApiBearerAuth()
@Controller()
export class BudgetingController {
  constructor(
    private readonly listCommitments: ListCommitmentsHandler,
    private readonly getBudget: GetBudgetHandler,
  ) {}

  /** Committed subsidy per decided application; a government sees only its own, and must say which. */
  @Get('commitments')
  @Roles('abb', 'government')
  @ApiOkResponse({ type: [CommitmentResponse] })
  commitments(@Query() query: CommitmentsQueryDto, @CurrentPrincipal() principal: Principal): Promise<CommitmentView[]> {
    if (query.governmentCode === undefined) {
      if (principal.role !== 'abb')
        throw new ForbiddenException('governmentCode: a local government sees only its own commitments; pass its code');
    } else assertGovernmentAccess(principal, query.governmentCode);
    return this.listCommitments.execute(query);
  }

  /** The programme budget of a project year, what is committed and what remains. */
  @Get('budget')
  @Roles('abb')
  @ApiOkResponse({ type: BudgetResponse })
  budget(@Query() query: BudgetQueryDto): Promise<BudgetView> {
    return this.getBudget.execute(query);
  }
}
